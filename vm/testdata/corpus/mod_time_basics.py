# time: clocks move forward, sleep waits, gmtime/strftime/asctime of fixed
# timestamps, struct_time fields. (No wall-clock values are printed.)
import time


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
time.sleep(0.02)
print(time.time() - t0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.monotonic() >= m0)
print(type(t0).__name__, type(n0).__name__, n0 > 1600000000 * 10**9, time.perf_counter_ns() >= 0)
show("sleep negative", time.sleep, -1)
show("sleep str", time.sleep, "1")
time.sleep(0)

g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], len(g), tuple(g))
g = time.gmtime(1234567890.75)
print(g, g.tm_zone)
y, mo, d, h, mi, s, wd, yd, dst = g
print(y, mo, d, h, mi, s, wd, yd, dst)
print(time.strftime('%Y-%m-%d %H:%M:%S', g))
print(time.strftime('%a %A %b %B %d %j %p %I %y %w %U %W %%', g))
print(time.strftime('%c | %x | %X | %D | %F | %R | %T', g))
print(time.asctime(g), time.asctime(time.gmtime(86400 * 40)))
print(time.strftime('%H:%M', (2024, 1, 5, 9, 7, 0, 4, 5, 0)))
print(time.gmtime(951782400), time.gmtime(-86400).tm_year)
print(isinstance(g, tuple), type(g).__name__, time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
show("struct_time short", time.struct_time, (1, 2))
lt = time.localtime()
print(type(lt).__name__, len(lt), time.mktime(lt) - time.time() < 2, abs(time.mktime(time.localtime(1e9)) - 1e9) < 1)
print(type(time.ctime()).__name__, len(time.ctime(0)), len(time.strftime('%Y')))
