print("start")
raise ValueError("boom")
