"""Writes cases.json: calls of str and bytes operations with CPython 3.11's
answers, for pystr_test.go to replay against the Go package.

Run as: /usr/bin/python3 testdata/gen.py > testdata/cases.json
Each line holds one case: {"f": operation, "a": [arguments], "r": result}
or, when CPython raises, {"f": ..., "a": ..., "e": [exception class,
message]}, plus "u": [encoding, start, end, reason] for a UnicodeError. A str holding surrogates (which JSON cannot carry as UTF-8) is
{"s": hex of its surrogatepass UTF-8}; bytes are {"b": hex}.
"""

import encodings.aliases
import itertools
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version

cases = []


def enc(v):
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"s": v.encode("utf-8", "surrogatepass").hex()}
        return v
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return [[enc(k), enc(x)] for k, x in v.items()]
    assert v is None or isinstance(v, (bool, int)), repr(v)
    return v


def add(name, fn, *args):
    case = {"f": name, "a": enc(args)}
    try:
        case["r"] = enc(fn(*args))
    except Exception as e:  # the exception is the expected answer
        case["e"] = [type(e).__name__, str(e)]
        if isinstance(e, UnicodeError):
            case["u"] = [e.encoding, e.start, e.end, e.reason]
    cases.append(case)


def method(name, recv, *args):
    """A call of a method, named str.NAME or bytes.NAME by the receiver."""
    prefix = "bytes." if isinstance(recv, bytes) else "str."
    add(prefix + name, lambda r, *a: getattr(r, name)(*a), recv, *args)


STRS = [
    "", "a", "abc", "Hello, World", "hello world", "  spaced  out  ",
    "\t tab\tand\nnewline \r\n", "ß", "straße", "STRASSE", "İstanbul", "ıi",
    "ΑΣ", "ΟΔΥΣΣΕΥΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "aΣ\u0301",
    "ǅungla ǆ Ǆ", "ﬁne ﬂow", "ŉ", "日本語テキスト", "中文 字符", "😀 emoji 🎉",
    "𝐀𝐁𝐂 𝐚𝐛𝐜", "e\u0301te\u0301", "\x00\x1f\x7f\x80\x9f", "\x1c\x1d\x1e\x1f",
    "a\u2028b\u2029c\x85d\x0be\x0cf", "\xa0\u3000\u2003 ", "٣٤٥", "²³",
    "½⅓", "一二三", "Ⅷ ⅷ", "x²", "_id", "1abc", "abc1", "a-b", "ᾨ ᾳ ῼ",
    "ǰ ẖ", "\ud800", "a\udfffb", "\U0010ffff", "\u0378\ue000", "ABC def",
    "Abc Def", "ABC", "abc DEF", "123", "+12", "-12", "-", "\u00ad\u200b",
    "\u0345", "Ⓐⓐ", "ᏸ", "ꭰ", "\u16ee",
]

BYTES = [
    b"", b"a", b"abc", b"Hello, World", b"  spaced  out  ",
    b"\t tab\tand\nnewline \r\n", b"\x00\x1c\x1f\x7f\x80\xff", b"a\x0bb\x0cc",
    b"ABC def", b"Abc Def", b"123", b"-12", b"+", b"caf\xc3\xa9",
    b"a\rb\nc\r\nd",
]

# start and end arguments of find-like methods.
WINDOWS = [(0, None), (1, None), (3, None), (5, None), (100, None), (-1, None),
           (-3, None), (-100, None), (None, 2), (None, -1), (None, -100),
           (0, 2), (1, -1), (2, 1), (-2, -1), (3, 3), (5, 100), (4, 4),
           (-100, 2), (2, 100), (3, 5), (None, None)]

# Single code points exercise the generated tables through every method.
for cp in itertools.chain(range(0, 0x180), range(0x180, 0x250, 3),
                          range(0x370, 0x400, 3),
                          range(0x1E00, 0x2200, 7), range(0x2460, 0x2500, 5),
                          range(0x3000, 0x3100, 9), range(0xD7F0, 0xE010, 11),
                          range(0xFB00, 0xFB10), range(0xFF00, 0xFF70, 3),
                          range(0x10400, 0x10450, 5), range(0x1D400, 0x1D420, 3),
                          range(0x1F600, 0x1F610, 4), [0x10FFFF, 0xE0001, 0x110000 - 2]):
    c = chr(cp)
    add("repr", repr, c)
    for name in ("upper", "lower", "casefold", "title", "capitalize",
                 "swapcase", "isalpha", "isdecimal", "isdigit", "isnumeric",
                 "isalnum", "isspace", "isprintable", "isupper", "islower",
                 "istitle", "isidentifier"):
        method(name, c)

for s in STRS + ["It's", 'say "hi"', "both ' and \"", "back\\slash"]:
    add("len", len, s)
    add("repr", repr, s)
    add("ascii", ascii, s)
    for name in ("upper", "lower", "casefold", "title", "capitalize",
                 "swapcase", "isalpha", "isdecimal", "isdigit", "isnumeric",
                 "isalnum", "isspace", "isprintable", "isupper", "islower",
                 "istitle", "isidentifier", "isascii", "splitlines", "strip",
                 "lstrip", "rstrip", "split", "rsplit"):
        method(name, s)
    method("splitlines", s, True)
    for i in (0, 1, -1, -2, 3, -4, 10):
        add("item", lambda s, i: s[i], s, i)
    for width in (-1, 0, 3, 10, 11):
        method("zfill", s, width)
    for width in (0, 3, 10, 11):
        for fill in (" ", "ß", "😀"):
            for name in ("center", "ljust", "rjust"):
                method(name, s, width, fill)
    for tabsize in (8, 4, 1, 0, -3):
        method("expandtabs", s, tabsize)

for tabsize in (2**31, -2**31, -2**31 - 1):
    method("expandtabs", "a\tb", tabsize)
    method("expandtabs", b"a\tb", tabsize)

for b in BYTES + [b"It's", b'say "hi"', b"both ' and \"", b"back\\slash"]:
    add("bytes.repr", repr, b)
    for name in ("upper", "lower", "title", "capitalize", "swapcase",
                 "isalpha", "isdigit", "isalnum", "isspace", "isupper",
                 "islower", "istitle", "isascii", "splitlines", "strip",
                 "lstrip", "rstrip", "split", "rsplit", "hex"):
        method(name, b)
    method("splitlines", b, True)
    for width in (-1, 0, 3, 10, 11):
        method("zfill", b, width)
        for fill in (b" ", b"*"):
            for name in ("center", "ljust", "rjust"):
                method(name, b, width, fill)
    for tabsize in (8, 4, 1, 0, -3):
        method("expandtabs", b, tabsize)

for s in ["abcdefgh", "añbçdéf", "日本語テキスト", "😀a😁b😂", "a\ud800b"]:
    for start, stop, step in itertools.product(
            [None, 0, 1, 3, -1, -3, 10, -10],
            [None, 0, 2, 5, -1, -2, 10, -10],
            [None, 1, 2, 3, -1, -2, -3, 0]):
        add("slice", lambda s, a, b, c: s[a:b:c], s, start, stop, step)

SUBSTRINGS = ["", "a", "ab", "ß", "😀", "xyz", "aa", " "]
FIND_STRS = ["", "abcab", "aaaa", "ßaßbß", "😀a😀", "a b  a"]
for s, sub in itertools.product(FIND_STRS, SUBSTRINGS):
    for name in ("find", "rfind", "index", "rindex", "count", "startswith",
                 "endswith"):
        method(name, s, sub)
        for start, end in WINDOWS:
            method(name, s, sub, start, end)
    for name in ("partition", "rpartition", "removeprefix", "removesuffix"):
        method(name, s, sub)
    for new in ("", "-", "XY"):
        for count in (-1, 0, 1, 2, 100):
            method("replace", s, sub, new, count)
    for maxsplit in (-1, 0, 1, 2):
        method("split", s, sub, maxsplit)
        method("rsplit", s, sub, maxsplit)

for b, sub in itertools.product([b"", b"abcab", b"aaaa", b"a b  a", b"\xff\x00\xff"],
                                [b"", b"a", b"ab", b"\xff", b"aa", b" "]):
    for name in ("find", "rfind", "index", "rindex", "count", "startswith",
                 "endswith"):
        method(name, b, sub)
        for start, end in WINDOWS:
            method(name, b, sub, start, end)
    for name in ("partition", "rpartition", "removeprefix", "removesuffix",
                 "strip", "lstrip", "rstrip"):
        method(name, b, sub)
    for new in (b"", b"-"):
        for count in (-1, 0, 2):
            method("replace", b, sub, new, count)
    for maxsplit in (-1, 0, 1):
        method("split", b, sub, maxsplit)
        method("rsplit", b, sub, maxsplit)

rng = random.Random(1)
ALPHABET = ["a", "b", " ", "\t", "\n", "\x1c", "\xa0", "\u2028", "\r", "ß", "😀"]
for _ in range(300):
    s = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(12)))
    for maxsplit in (-1, 0, 1, 2):
        method("split", s, None, maxsplit)
        method("rsplit", s, None, maxsplit)
    method("splitlines", s, rng.random() < 0.5)
    for chars in (None, "", " a", "ß😀\n"):
        for name in ("strip", "lstrip", "rstrip"):
            method(name, s, chars)
    b = s.encode("utf-8")
    for maxsplit in (-1, 1):
        method("split", b, None, maxsplit)
        method("rsplit", b, None, maxsplit)
    method("splitlines", b, rng.random() < 0.5)
    for name in ("strip", "lstrip", "rstrip"):
        method(name, b, None)
        method(name, b, b" a\xc3")

for x, y, z in [("", "", ""), ("abc", "xyz", ""), ("abc", "xyz", "d"),
                ("aab", "xyz", "a"), ("ab", "x", ""), ("ß😀", "s!", "é"),
                ("a", "b", "a")]:
    add("maketrans", lambda *a: str.maketrans(*a), x, y, z)
for s in STRS[:30]:
    add("translate", lambda s, t: s.translate(t), s,
        {ord("a"): "A", ord("ß"): "ss", ord("l"): None, ord("Σ"): "😀",
         ord(" "): ""})
for frm, to in [(b"", b""), (b"abc", b"xyz"), (b"a", b"bc")]:
    add("bytes.maketrans", bytes.maketrans, frm, to)
for b in BYTES:
    add("bytes.translate", lambda b, t, d: b.translate(t, d), b,
        bytes.maketrans(b"abc ", b"ABC_"), b"l")
    add("bytes.translate", lambda b, t, d: b.translate(t, d), b, None, b"a ")
add("bytes.translate", lambda b, t, d: b.translate(t, d), b"abc", b"xy", b"")

for b in [b"", b"\x01", b"\x01\x02", b"\x01\x02\x03", b"\x01\x02\x03\x04\x05"]:
    for sep in (":", b"-", "\xe9", b"\xff"):
        for per in (1, 2, 3, -2, 0, 10, -10):
            add("bytes.hex", lambda b, s, p: b.hex(s, p), b, sep, per)
for per in (2**31, -2**31 - 1):
    add("bytes.hex", lambda b, s, p: b.hex(s, p), b"\x01\x02", "\xe9", per)
for s in ["", "00", "0aFf", " 01 02\t03\n", "0 1", "0", "zz", "0g", "01 0",
          "01é", "zzé", "\x0b01\x0c", "  ", "01\x1c02"]:
    add("bytes.fromhex", bytes.fromhex, s)

ENC_STRS = ["", "abc", "café", "naïve ß", "日本", "😀", "a\ud800b",
            "\udc80\udcff", "x\udc41y", "é\udc80", "\udc80é", "ab\u20acc\u20acd",
            "\x7f\x80\xff\u0100"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace",
            "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"]
for s in ENC_STRS:
    for encoding in ("utf-8", "ascii", "latin-1"):
        for errors in HANDLERS:
            add("encode", lambda s, e, h: s.encode(e, h), s, encoding, errors)
DEC_BYTES = [b"", b"abc", b"caf\xc3\xa9", b"\xff", b"a\x80b", b"\xc0\xaf",
             b"\xe0\x80\x80", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80",
             b"\xed\xb2\x80\xed\xb0\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80",
             b"\xf4\x90\x80\x80", b"\xf5", b"\xc2", b"x\xc2", b"\xe0\xa0",
             b"\xf0\x90", b"\xed\xa0", b"\x80\x81\x82", b"\xed\xa0\x80abc"]
for b in DEC_BYTES:
    for encoding in ("utf-8", "ascii", "latin-1"):
        for errors in HANDLERS:
            add("decode", lambda b, e, h: b.decode(e, h), b, encoding, errors)

# Every name under which CPython finds the three codecs, and some it does
# not.
NAMES = ["UTF-8", "utf8", "Utf_8", "utf 8", " utf-8 ", "utf--8", "u8", "UTF",
         "latin-1", "Latin1", "ISO-8859-1", "iso_8859_1:1987", "l1", "ascii",
         "US-ASCII", "ANSI_X3.4-1968", "646", "utf-9", "", "ascii.", ".ascii",
         "iso-646.irv:1991", "iso_646_irv_1991", "utf\u20108", "latin_1.",
         "utf8_ucs4"]
NAMES += sorted(k for k, v in encodings.aliases.aliases.items()
                if v in ("utf_8", "ascii", "latin_1"))
for name in NAMES:
    add("encode", lambda s, e, h: s.encode(e, h), "é", name, "replace")
    add("decode", lambda b, e, h: b.decode(e, h), b"\xe9", name, "replace")


class R:
    """A format argument that records how str.format reached it."""

    def __init__(self, path):
        self.path = path

    def __getattr__(self, name):
        if name.startswith("__") or name == "missing":
            raise AttributeError(name)
        return R(self.path + "." + name)

    def __getitem__(self, key):
        if key == "missing":
            raise KeyError(key)
        return R("%s[%r]" % (self.path, key))

    def __format__(self, spec):
        return "<%s%s>" % (self.path, "|" + spec if spec else "")

    def __repr__(self):
        return "R(%s)" % self.path

    def __str__(self):
        return "S(%s)" % self.path


ARGS = [R("0"), R("1"), R("2")]
KWARGS = {"a": R("a"), "name": R("name"), "ß": R("ß")}
FORMATS = [
    "", "plain", "{}", "{}{}", "{} {} {}", "{} {} {} {}", "{0}{1}{0}",
    "{0}{}", "{}{0}", "{a}{}", "{}{a}", "{name}", "{nope}", "{ß}", "{3}",
    "{0.x}", "{0.x.y}", "{0[1]}", "{0[k]}", "{0[ k ]}", "{.x}", "{[0]}",
    "{0.}", "{0..x}", "{0[]}", "{0[1}", "{0]}", "{0[1]x}", "{0[1].y[z]}",
    "{0.missing}", "{0.missing.}", "{0[missing]}", "{0[missing][}",
    "{0!r}", "{0!s}", "{0!a}", "{ß!a}", "{0!x}", "{0!}", "{0!r:}", "{0!rx}",
    "{0!", "{0!r", "{0:", "{0:x", "{0:>10}", "{0:{1}}", "{0:{1}x{2}}",
    "{0:{}}", "{:{}}", "{:{}}{}", "{0:{1:{2}}}", "{0:{{}}}", "{0:}}",
    "{{", "}}", "{{}}", "a{{b}}c", "{", "}", "a}", "a}b", "}{", "{0}}",
    "{{0}", "{{{0}}}", "{0{}", "{0:{", "{0:{}", "{a{b}}", "{0[{]}", "{0[}]}",
    "{0.a b}", "{!r}", "{:}", "{:x}", "{٣}", "{1٣}", "{0[٣]}",
    "{99999999999999999999}", "{0[99999999999999999999]}", "{0}{1}{5}x}",
    "{nope} }", "{0!x} }", "x{0!\xe9}", "{0!\x01}", "{0:{1}}{a:{name}}",
    "{0:\U0001f600}", "{\U0001f600}", "{a.b[c]}", "{0[a.b]}", "{0[a[b]}",
    "{0 }", "{ 0}", "{-1}", "{+1}", "{0x1}", "{00}", "{:{:{}}}",
]
for f in FORMATS:
    add("format", lambda f: f.format(*ARGS, **KWARGS), f)

out = sys.stdout
out.write("[\n")
for i, case in enumerate(cases):
    out.write(json.dumps(case, ensure_ascii=False))
    out.write(",\n" if i + 1 < len(cases) else "\n")
out.write("]\n")
