items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}|{price:>6.2f}|{qty:^5d}|{price * qty:8.3f}")
width = 7
for n in (1, 22, 333):
    print(f"[{n:>{width}}] [{n:0{width}d}] [{n:<{width - 2}x}]")
d = {"key": [10, 20]}
print(f"{d['key'][1]} {len(d)} {d}")
print(f"{'quoted'!r} {7}")
s = "text"
print(f"{s!r:^12}|{s.upper()}|{s[1:3]}|{s * 2}")
print(f"{1 / 3:.{width - 4}f}", f"{2 ** 64:,}", f"{-0.0}", f"{0.1 + 0.2!r}")
x = 5
print(f"{x if x > 3 else -x}", f"{(lambda: x * 2)()}", f"{[c for c in 'ab']}", f"{ {1: 2}[1] }")
print(f"{'{'}{'}'}", f"{{x}}", f"{x}{{", f"}}{x}")
print(f"{x:{'>' if x else '<'}5}|")
nested = f"outer {f'inner {x}'}"
print(nested)
print(f"{x!s:>3}", f"{str(x)!r}", f"{x=!r:>6}")
val = 12.3456
print(f"{val=:.1f}", f"{val = }")
