print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.5, 0), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(1e20), round(0.125, 2), round(0.375, 2), round(-3.7), round(7, 2))
print(round(5.0), type(round(5.0)), type(round(5.0, 0)), round(1.0e-10, 5))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1/3) if False else 'x', pow(7, 2, 5), pow(2, 100, 10 ** 9 + 7))
print(pow(3, -1, 11), pow(0, 0), pow(base=2, exp=5), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
