def f(x):
    if x:  # nothing yet
