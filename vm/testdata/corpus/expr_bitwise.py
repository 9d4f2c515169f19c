for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, 2 ** 69 + 5), (-(2 ** 70), 255)]:
    print(a & b, a | b, a ^ b, ~a, a >> 3, a << 3)
print(1 << 0, 1 << 63, 1 << 64, -1 >> 100, 5 >> 100, (1 << 200) >> 199)
print(0b1010 & 0b0110, 0xF0 | 0x0F, 0o777 ^ 0o111, bin(~0b101))
x = 0
for bit in (1, 3, 5):
    x |= 1 << bit
print(x, bin(x), [(x >> i) & 1 for i in range(6)], x.bit_length())
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
