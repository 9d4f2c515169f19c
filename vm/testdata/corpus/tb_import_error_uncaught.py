print("before")
import _helper_raises
print("never")
