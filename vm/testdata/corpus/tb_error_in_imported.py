import _helper_math
_helper_math.square("a", "b")
