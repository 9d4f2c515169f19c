print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(bin(2 ** 70), hex(True))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
