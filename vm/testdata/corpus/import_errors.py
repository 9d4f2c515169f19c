try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper_math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _helper_raises
except ValueError as e:
    print("import raised", type(e).__name__, e)
import sys
print("_helper_raises" in sys.modules)
try:
    import _hpkg.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _helper_math.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).split(" (")[0])
