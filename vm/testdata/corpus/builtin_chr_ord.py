print(chr(65), chr(97), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("é"), ord("😀"), ord("\n"), ord(b"a"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "hi!"], chr(ord("z") - 25))
