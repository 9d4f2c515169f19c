import sys

# A read guarded by hasattr on the same object and name is not reported.
print(sys.float_info.max if hasattr(sys, "float_info") else 0.0)
if hasattr(sys, "getwindowsversion"):
    print(sys.getwindowsversion())
print(0.0 if hasattr(sys, "float_info") else sys.float_info)  # want "module 'sys' has no attribute 'float_info'"
if hasattr(sys, "other"):
    print(sys.float_infoo)  # want "module 'sys' has no attribute 'float_infoo'"
