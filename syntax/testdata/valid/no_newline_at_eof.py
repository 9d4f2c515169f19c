class C:
    def f(self):
        if x:
            return 1