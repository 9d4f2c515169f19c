print("cycle_a start")
A_EARLY = "a-early"
import _helper_cycle_b
A_LATE = "a-late"
def from_b():
    return _helper_cycle_b.B_VALUE
print("cycle_a end")
