import _helper_cycle_a
print(_helper_cycle_a.A_LATE, _helper_cycle_a.from_b())
import _helper_cycle_b
print(_helper_cycle_b.B_VALUE)
