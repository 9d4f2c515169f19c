import _helper_math
print(_helper_math.square(7), _helper_math.PI_ISH, _helper_math.__name__, _helper_math._private)
print(_helper_math.Shape(3).area(), type(_helper_math).__name__)
import _helper_math as hm
print(hm is _helper_math, hm.bump(), hm.bump(), _helper_math.counter)
from _helper_math import square, Shape as S, counter
print(square(4), S(2).area(), counter)
hm.counter = 100
print(counter, _helper_math.counter)
import sys
print("_helper_math" in sys.modules, sys.modules["_helper_math"] is hm, __name__)
