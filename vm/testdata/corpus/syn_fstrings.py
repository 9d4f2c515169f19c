x = 42
name = "world"
print(f"hello {name}")
print(f"{x} {x!r} {name!r} {name!s} {name!a}")
print(f"{x:5d}|{x:<5}|{x:^7}|{x:>08.2f}")
print(f"{x + 1} {x * 2:x} {x:#o} {x:#b}")
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{'nested ' + name}")
print(f"{{literal}} {{{x}}}")
d = {'k': 'v'}
print(f"{d['k']} {d!r}")
print(F"upper prefix {x}")
print(rf"raw \n {x}", fr"{x}\t")
print(f"{x=}", f"{x = }", f"{name=!s}", f"{x=:5}")
print(f"{[i * i for i in range(4)]}")
print(f"{(lambda y: y + 1)(5)}")
print(f"{'a' if x > 0 else 'b'}")
print(f"""triple {x}
{name}""")
print(f"{x:,} {1234567.891:,.2f} {x:_b}")
print(f"{-x:+} {x:+} {x: }")
obj = 3.5
print(f"{obj!r:>8}|{obj!s:<8}|")
print(f"{'abc':.2}|{'abc':*^9}|")
