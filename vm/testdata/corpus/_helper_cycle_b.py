print("cycle_b start")
import _helper_cycle_a
B_VALUE = "b-value"
print("cycle_b sees", getattr(_helper_cycle_a, "A_EARLY", None), getattr(_helper_cycle_a, "A_LATE", "not yet"))
print("cycle_b end")
