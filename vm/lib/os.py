"""Operating system interfaces: the working directory, files and
directories, the environment, and os.path.

os.environ changes the process environment (putenv/unsetenv) as in
CPython. Paths are str; bytes paths, file descriptors and scandir() are
not supported."""

import _os
import os.path as path
from _os import (getcwd, chdir, listdir as _listdir, rmdir, remove, rename,
                 getpid, cpu_count, urandom)

__all__ = ['altsep', 'chdir', 'cpu_count', 'curdir', 'devnull', 'environ',
           'extsep', 'fspath', 'getcwd', 'getenv', 'getpid', 'linesep',
           'listdir', 'makedirs', 'mkdir', 'name', 'pardir', 'path', 'pathsep',
           'putenv', 'remove', 'removedirs', 'rename', 'replace', 'rmdir',
           'sep', 'stat', 'stat_result', 'unlink', 'unsetenv', 'urandom', 'walk']

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

unlink = remove
replace = rename


def listdir(path='.'):
    """The names of the entries in the directory path."""
    return _listdir(path)


def mkdir(path, mode=0o777):
    """Create the directory path."""
    _os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory name and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory name, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def fspath(p):
    """The path of p: p itself for a str."""
    if isinstance(p, str):
        return p
    fs = getattr(type(p), '__fspath__', None)
    if fs is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return fs(p)


class stat_result(tuple):
    """The result of stat(): a 10-tuple of (mode, ino, dev, nlink, uid,
    gid, size, atime, mtime, ctime) with named fields; the st_*time
    attributes are floats, st_*time_ns ints."""

    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        self = tuple.__new__(cls, tuple(raw[:7]) + tuple(t // 10**9 for t in raw[7:10]))
        self._ns = tuple(raw[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))


def stat(path):
    """Information about the file path (following symbolic links)."""
    return stat_result(_os.stat(path))


def lstat(path):
    """Information about the file path (not following symbolic links)."""
    return stat_result(_os.lstat(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for each directory under top."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


class _Environ:
    """os.environ: a mapping of the environment whose changes go to the
    process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._data.items())

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        for key, value in dict(other, **kwds).items():
            self[key] = value

    def __eq__(self, other):
        return dict(self._data) == (dict(other._data) if isinstance(other, _Environ) else other)


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    """Set an environment variable (without updating os.environ)."""
    _os.putenv(key, value)


def unsetenv(key):
    """Remove an environment variable (without updating os.environ)."""
    _os.unsetenv(key)
