import _helper_math
import _helper_math
from _helper_math import bump
import _helper_math as again
print(bump(), again.bump(), _helper_math.counter)
def later():
    import _helper_math
    return _helper_math.counter
print(later())
