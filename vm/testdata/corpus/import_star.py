from _helper_star import *
print(exported, Also.__name__)
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
from _helper_nostar import *
print(public, func())
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
import _helper_nostar
print(_helper_nostar._private)
