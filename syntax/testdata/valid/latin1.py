# -*- coding: latin-1 -*-
s = 'é'; t = 1
if s:
    u = 'àé'; v = 2
