return 1  # want "'return' outside function"
yield 2  # want "'yield' outside function"
break  # want "'break' outside loop"
continue  # want "'continue' not properly in loop"
nonlocal x  # want "nonlocal declaration not allowed at module level"


def f():
    nonlocal y  # want "no binding for nonlocal 'y' found"
    for i in range(3):
        def g():
            break  # want "'break' outside loop"
        if i:
            continue
        g()
    else:
        continue  # want "'continue' not properly in loop"
    z = 1
    global z  # want "name 'z' is assigned to before global declaration"
    return [(yield) for _ in range(2)]  # want "'yield' inside list comprehension"


def p(a):
    global a  # want "name 'a' is parameter and global"


class C:
    return 3  # want "'return' outside function"


def gen():
    yield 1
    f2 = lambda: (yield)
    while True:
        try:
            break
        finally:
            pass
    return f2


x = 1
print(f, p, C, gen, x)
