print("_helper_raises loading")
value = 1
raise ValueError("module failed to import")
