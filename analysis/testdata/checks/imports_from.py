from stackless import chanel  # want "cannot import name 'chanel' from 'stackless'; did you mean 'channel'?"
from stackless import channel, tasklet as t
from os import path, pathh  # want "unknown-import"
from os.path import join
from collections import deque as dq, defaultdictt  # want "did you mean 'defaultdict'"
from not_a_known_module import anything

try:
    from math import fancy
except ImportError:
    fancy = None

try:
    from math import fancier  # want "unknown-import"
except KeyError:
    fancier = None

print(chanel, channel, t, path, pathh, join, dq, defaultdictt, anything, fancy, fancier)
