b = b"hello"
print(b, len(b), b[0], b[1:3], b[::-1], list(b[:2]), b + b"!", b * 2, b"l" in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(3)), bytes(b"x"))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.startswith(b"he"), b.find(b"l"), b.count(b"l"))
print(b.decode(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b.hex(), bytes.fromhex("4142 43"))
print(b" x ".strip(), b == b"hello", b < b"help", b"abc" == "abc", hash(b"a") == hash(b"a"))
print(repr(b"\x00\n\t'\""), repr(b'"'), repr(b"'"))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
print(b"%d-%s" % (5, b"x"), type(b[0]).__name__, b.isalpha(), b"123".isdigit())
for byte in b"hi":
    print(byte)
