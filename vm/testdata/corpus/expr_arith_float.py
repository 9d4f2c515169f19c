print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1 / 7)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) if False else 'skip')
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
inf = float('inf'); nan = float('nan')
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308)
print(1.0 == 1, 0.5 == 1 / 2, 1e16 + 1 == 1e16)
print(3 * 1.0, 3 + 0.0, type(3 + 0.0))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(round(123.456, -1), round(5), round(5.5), type(round(5.5)))
print(-0.0 == 0.0, abs(-0.0), -(0.0))
print(2.0 ** 1000)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10 ** 20 / 3, 10 ** 20 // 3.0, 2 ** 53 + 1.0)
print(float(10 ** 30), int(1e30))
