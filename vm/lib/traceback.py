"""Print or format exceptions and stacks as the interpreter does for an
uncaught exception (the VM renders them: _tasklet_traceback).

The extract_* functions and the FrameSummary/StackSummary classes are not
provided; the format_* and print_* functions are."""

import sys
import _tasklet_traceback as _tb

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'format_stack', 'format_tb', 'print_exc', 'print_exception',
           'print_stack', 'print_tb', 'print_last']

_sentinel = object()


def _lines(text):
    # CPython returns one string per entry; a line per string reads the
    # same once joined.
    return text.splitlines(keepends=True)


def _exception(exc, value):
    # The (exc) and (type, value, tb) calling conventions.
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines an uncaught exception prints, chained exceptions first."""
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_tb.format_exception(exc, limit, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last line of the traceback: 'Type: message\\n'."""
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return ['%s\n' % exc.__name__]
    return [_tb.format_exception_only(exc)]


def format_exc(limit=None, chain=True):
    """format_exception of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print format_exception(...) to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as an uncaught one prints."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The '  File ...' lines of a traceback object."""
    return _lines(_tb.format_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    """Print format_tb(tb) to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end='')


def format_stack(f=None, limit=None):
    """The '  File ...' lines of the running frames, the caller's last."""
    if f is not None:
        raise NotImplementedError('format_stack() of another frame is not supported')
    return _lines(_tb.format_stack(1, limit))


def print_stack(f=None, limit=None, file=None):
    """Print the running frames, the caller's last, to file (sys.stderr)."""
    if f is not None:
        raise NotImplementedError('print_stack() of another frame is not supported')
    if file is None:
        file = sys.stderr
    for line in _lines(_tb.format_stack(1, limit)):
        print(line, file=file, end='')
