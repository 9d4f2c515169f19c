"""Pathname functions for POSIX paths (CPython's posixpath).

Paths are str. realpath() does not resolve symbolic links: it is
abspath()."""

import _os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname',
           'exists', 'expanduser', 'expandvars', 'getatime', 'getctime',
           'getmtime', 'getsize', 'isabs', 'isdir', 'isfile', 'islink',
           'join', 'lexists', 'normcase', 'normpath', 'realpath', 'relpath',
           'samefile', 'sep', 'split', 'splitdrive', 'splitext']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _check(funcname, *args):
    # join, relpath and commonpath name themselves in the message.
    for a in args:
        if not isinstance(a, str):
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(a).__name__))


def _fspath(p):
    # The other functions take what os.fspath takes.
    if not isinstance(p, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(p).__name__)


def normcase(s):
    """POSIX paths are case-sensitive: s unchanged."""
    _fspath(s)
    return s


def isabs(s):
    """Whether s starts at the root."""
    _fspath(s)
    return s.startswith('/')


def join(a, *p):
    """Join path components, a component starting at the root discarding
    those before it."""
    _fspath(a)
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """(head, tail) where tail is the part after the last slash."""
    _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """(root, ext) where ext is the last dot and what follows, unless the
    dot starts the last component."""
    _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """POSIX paths have no drive: ('', p)."""
    _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of p."""
    _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Everything before the final component of p."""
    _fspath(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def commonprefix(m):
    """The longest string that starts every string of m."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(paths)
    _check('commonpath', *paths)
    split_paths = [path.split('/') for path in paths]
    try:
        isabs, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs else ''
    return prefix + '/'.join(common)


def normpath(path):
    """path with redundant separators and . and .. components removed."""
    _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """The absolute, normalized path."""
    _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """abspath(filename): symbolic links are not resolved."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    _check('relpath', path, start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    """~ and ~user at the start of path replaced by the home directory."""
    _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _os.environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    """$name and ${name} replaced by environment variables that are set."""
    _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            nxt = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            nxt = j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:nxt])
        i = nxt if nxt > i else i + 1
    return ''.join(out)


def _stat(path):
    try:
        return _os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file or directory."""
    return _stat(path) is not None


def lexists(path):
    """Whether path exists, broken symbolic links included."""
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether path is an existing regular file."""
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def isdir(s):
    """Whether s is an existing directory."""
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def islink(path):
    """Whether path is a symbolic link."""
    try:
        st = _os.lstat(path)
    except (OSError, ValueError):
        return False
    return st[0] & _S_IFMT == _S_IFLNK


def getsize(filename):
    """The size of a file, in bytes."""
    return _os.stat(filename)[6]


def getatime(filename):
    """The last access time, in seconds since the epoch."""
    return _os.stat(filename)[7] / 1e9


def getmtime(filename):
    """The last modification time, in seconds since the epoch."""
    return _os.stat(filename)[8] / 1e9


def getctime(filename):
    """The last metadata change time, in seconds since the epoch."""
    return _os.stat(filename)[9] / 1e9


def samefile(f1, f2):
    """Whether both paths name the same file."""
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]
