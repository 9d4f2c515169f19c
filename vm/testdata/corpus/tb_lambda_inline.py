apply = lambda f, x: f(x)
apply(lambda y: y.missing_attr, 42)
