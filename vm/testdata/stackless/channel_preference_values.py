# expected: by hand, channels.rst, channel.preference and channel.schedule_all
# (PyPy differs: its preference is a plain attribute that takes anything)
# preference holds -1, 0 or 1; other integers are clamped and a
# non-integer is a TypeError. schedule_all is a flag.
import stackless

ch = stackless.channel()
for v in (1, 0, -1, 5, -7, True, False):
    ch.preference = v
    print(repr(v), "->", ch.preference)
for v in ("1", 1.5, None):
    try:
        ch.preference = v
        print(repr(v), "accepted")
    except TypeError:
        print(repr(v), "TypeError")
print("unchanged", ch.preference)
print("schedule_all", bool(ch.schedule_all))
ch.schedule_all = True
print("schedule_all", bool(ch.schedule_all))
ch.schedule_all = 0
print("schedule_all", bool(ch.schedule_all))
