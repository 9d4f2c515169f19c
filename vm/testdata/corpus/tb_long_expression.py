values = {"alpha": 1, "beta": 2}
total = values["alpha"] * 100 + values["beta"] * 10 + values["gamma"] * 1 + values["alpha"] - values["beta"]
