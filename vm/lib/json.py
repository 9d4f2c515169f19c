"""JSON encoding and decoding with CPython's output format and error
messages: dumps/dump (separators, indent, sort_keys, ensure_ascii,
allow_nan, skipkeys, check_circular, default=), loads/load (object_hook,
object_pairs_hook, parse_float, parse_int, parse_constant, strict), the
JSONEncoder and JSONDecoder classes and JSONDecodeError."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """A document that is not JSON: msg, doc, pos, lineno and colno say
    what and where."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
# Encoding
################################################################################

_ESCAPES = {
    '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
    '\n': '\\n', '\r': '\\r', '\t': '\\t',
}


def _encode_str(s):
    # ensure_ascii=False: escape the quote, the backslash and control
    # characters only.
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _encode_str_ascii(s):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Turns Python values into JSON text: dict, list, tuple, str, int,
    float, True, False and None, and whatever default() makes of the rest."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable value for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _encode_str_ascii(o) if self.ensure_ascii else _encode_str(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces."""
        markers = {} if self.check_circular else None
        encode_str = _encode_str_ascii if self.ensure_ascii else _encode_str
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Encoding(self, markers, encode_str, indent).encode(o, 0)


class _Encoding:
    # One run of the encoder: the pieces accumulate in a list.

    def __init__(self, encoder, markers, encode_str, indent):
        self.encoder = encoder
        self.markers = markers
        self.encode_str = encode_str
        self.indent = indent
        self.out = []

    def encode(self, o, level):
        self.value(o, level)
        return self.out

    def float_repr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o
            return marker
        return None

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.encode_str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_repr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            self.value(self.encoder.default(o), level)
            self.leave(marker)

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        marker = self.enter(lst)
        out.append('[')
        separator = self.encoder.item_separator
        if self.indent is not None:
            level += 1
            newline = self.newline(level)
            separator += newline
            out.append(newline)
        first = True
        for item in lst:
            if not first:
                out.append(separator)
            first = False
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append(']')
        self.leave(marker)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        marker = self.enter(dct)
        out.append('{')
        separator = self.encoder.item_separator
        if self.indent is not None:
            level += 1
            newline = self.newline(level)
            separator += newline
            out.append(newline)
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float_repr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.encoder.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % key.__class__.__name__)
            if not first:
                out.append(separator)
            first = False
            out.append(self.encode_str(key))
            out.append(self.encoder.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append('}')
        self.leave(marker)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the file fp."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


################################################################################
# Decoding
################################################################################

_WHITESPACE = ' \t\n\r'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX = '0123456789abcdefABCDEF'


class JSONDecoder:
    """Turns JSON text into Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The value of the JSON document s, which must hold nothing else."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value at s[idx:] and the index where it ends."""
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None


_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


class _NoValue(Exception):
    # No JSON value starts at pos.
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _Scanner:
    def __init__(self, decoder, s):
        self.decoder = decoder
        self.s = s

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.decoder.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.decoder.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.decoder.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s = self.s
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.decoder.parse_float(text), i
        return self.decoder.parse_int(text), i

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        strict = self.decoder.strict
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not strict):
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2
                continue
            uni = self.hex4(j + 2, j + 1)
            i = j + 6
            if 0xd800 <= uni <= 0xdbff and s.startswith('\\u', i):
                low = self.hex4(i + 2, i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    def hex4(self, i, pos):
        s = self.s
        digits = s[i:i + 4]
        if len(digits) != 4 or not all(c in _HEX for c in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise JSONDecodeError('Expecting value', s, e.pos) from None
            pairs.append((key, value))
            i = _skip(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def finish_object(self, pairs):
        decoder = self.decoder
        if decoder.object_pairs_hook is not None:
            return decoder.object_pairs_hook(pairs)
        obj = dict(pairs)
        if decoder.object_hook is not None:
            return decoder.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise JSONDecodeError('Expecting value', s, e.pos) from None
            values.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str or UTF-8 bytes)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, bytes):
        s = s.decode('utf-8')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % s.__class__.__name__)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document in the file fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
