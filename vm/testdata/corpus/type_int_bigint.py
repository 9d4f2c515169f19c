def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f1000 = fact(1000)
print(len(str(f1000)), str(f1000)[:30], str(f1000)[-30:].count("0"))
print(f1000 % (10 ** 9 + 7), f1000 // fact(998) == 1000 * 999)
print(2 ** 200, -(2 ** 200), (2 ** 200) // 3, (2 ** 200) % 1000, -(2 ** 200) // 7, -(2 ** 200) % 7)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a, divmod(-b, a))
print(a & b, a | b, a ^ b, ~a, a << 70, b >> 50, -a >> 3)
print(a == a + 0, a < b, -a < -b, hash(a) == hash(a + 0))
print(abs(-a), pow(a, 3), pow(a, 5, b), int(str(b)) == b, a.bit_length(), (2 ** 64).bit_length())
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, (2 ** 63) * 2, 9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 64) / 2, 10 ** 30 / 10 ** 10, 2 ** 1000 / 2 ** 999, type(2 ** 100 / 2))
print(3 ** 100 // 3 ** 98, 7 ** 77 % 1000)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(int("1" * 50) * int("9" * 50))
print(sum(range(10 ** 6)) * 10 ** 12)
print(-(10 ** 25) // 3, -(10 ** 25) % 3, (10 ** 25) // -3)
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 65))
