print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"), "{name}".format(name="N"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5), "{0[0]}".format([9]), "{.imag}".format(3))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06.2f}|{:+}".format("r", "l", "c", "s", 3.14159, 4))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("a"), "{{}} {{{0}}}".format(1))
print("{:{w}.{p}f}|{:>{w}}".format(2.71828, "x", w=8, p=2), "{0:{1}}|".format("y", 4))
print("{:,} {:_} {:,.2f} {:x} {:#b} {:o} {:#X} {:c}".format(1234567, 7654321, 9876.543, 255, 5, 8, 255, 65))
print("{:e} {:.3E} {:g} {:.2%} {:%} {:n}".format(1234.5, 0.000123, 0.0000123, 0.256, 1, 42))
print("{:=+8d}|{:=8}|{: d}|{:08.3f}|{:-^10}".format(42, -3, 7, -3.14159, "mid"))
print("{} {}".format(*"ab"), "{a}-{b}".format(**{"a": 1, "b": 2}), "{:s}".format("str"))
class P:
    x = 10
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{0.x} {0:custom}".format(P()), "{:>10}".format(str(P.x)))
for fmt, args in [("{}{}", (1,)), ("{0}{}", (1, 2)), ("{:d}", ("s",)), ("{x}", ()), ("{0[5]}", ([1],)), ("{!q}", (1,)), ("}", ()), ("{", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:10.3}|".format(2.0), "{:.0f}".format(2.5))
print("{:,d}".format(-1234567), "{:>+10.2f}".format(3.0), "{:<08}".format(5), "{:^#10x}".format(255))
print("{0:{fill}{align}{width}}".format("z", fill="~", align="^", width=7))
print("{:g} {:g} {:g} {:g} {:g}".format(1e16, 1e-5, 123456789.0, 0.0001, 100.0))
print(str.format("{}+{}", 1, 2), "{0!s:*>5}".format(12), "{:}".format(1.0), "{}".format(1e-7))
print("{0.__class__.__name__}".format(1), "{:.2s}|".format("hello"))
