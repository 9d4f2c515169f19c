"""Time access and conversions.

The clocks and sleep are Go's (the _time module). time.sleep() blocks the
whole program, every tasklet included. strftime() knows the C library's
directives in the C locale.
"""

import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter,
                   perf_counter_ns, process_time, process_time_ns, sleep,
                   timezone, altzone, daylight, tzname)

__all__ = ['altzone', 'asctime', 'ctime', 'daylight', 'gmtime', 'localtime',
           'mktime', 'monotonic', 'monotonic_ns', 'perf_counter',
           'perf_counter_ns', 'process_time', 'process_time_ns', 'sleep',
           'strftime', 'struct_time', 'time', 'time_ns', 'timezone', 'tzname']

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value returned by gmtime() and localtime(): a 9-tuple with
    named fields, plus tm_zone and tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            if len(seq) < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence '
                                '(%d-sequence given)' % len(seq))
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9:] + (None, None))[:2]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _full(t):
    # The 11-tuple _time wants: the fields and the zone of a struct_time or
    # of a plain 9-tuple (whose zone is unknown).
    if isinstance(t, struct_time):
        return tuple(t) + t._extra
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('time.struct_time() takes a sequence of length 9')
    return t + (None, None)


def gmtime(secs=None):
    """Seconds since the epoch (now by default) as a UTC struct_time."""
    if secs is None:
        secs = time()
    return struct_time(_time._broken(secs, False))


def localtime(secs=None):
    """Seconds since the epoch (now by default) as a local struct_time."""
    if secs is None:
        secs = time()
    return struct_time(_time._broken(secs, True))


def mktime(t):
    """The inverse of localtime(): seconds since the epoch, as a float."""
    return _time._mktime(_full(t))


def strftime(format, t=None):
    """Format a struct_time (localtime() by default)."""
    if t is None:
        t = localtime()
    elif not isinstance(t, (tuple, struct_time)):
        raise TypeError('Tuple or struct_time argument required')
    return _time._strftime(format, _full(t))


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a struct_time (localtime() by default)."""
    if t is None:
        t = localtime()
    return _time._strftime('%a %b %e %H:%M:%S %Y', _full(t))


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))
