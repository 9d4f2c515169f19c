"""String constants, capwords, Template and Formatter."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s, the words split by sep and joined by sep
    (or a single space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """$-substitution: Template('$who likes ${what}').substitute(who=..., what=...)."""

    delimiter = '$'
    idpattern = None  # identifiers are [_a-z][_a-z0-9]*, case-insensitively
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        # Walk the template; a delimiter starts an escape ($$), a name
        # ($name), a braced name (${name}), or is invalid.
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            if k < n and text[k] == '{':
                end = text.find('}', k + 1)
                name = text[k + 1:end] if end >= 0 else ''
                if end >= 0 and _is_identifier(name):
                    out.append(self._lookup(mapping, name, text[j:end + 1], safe))
                    i = end + 1
                    continue
            else:
                m = k
                while m < n and (text[m] == '_' or text[m].isascii() and text[m].isalnum()):
                    m += 1
                name = text[k:m]
                if _is_identifier(name):
                    out.append(self._lookup(mapping, name, text[j:m], safe))
                    i = m
                    continue
            if safe:
                out.append(delim)
                i = k
                continue
            line = text[:j].count('\n') + 1
            col = j - (text.rfind('\n', 0, j) + 1) + 1
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        return ''.join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; a missing name is a KeyError."""
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Replace the placeholders that have values, leaving the others."""
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        """The names of the placeholders, in order, without repeats."""
        ids = []

        class Recorder:
            def __getitem__(self, name):
                if name not in ids:
                    ids.append(name)
                return ''
        self._scan(Recorder(), True)
        return ids

    def is_valid(self):
        """Whether substitute() would find no invalid placeholder."""
        try:
            self._scan(_Everything(), False)
        except ValueError:
            return False
        return True


class _Everything:
    def __getitem__(self, name):
        return ''


def _is_identifier(name):
    if not name or not (name[0] == '_' or name[0].isascii() and name[0].isalpha()):
        return False
    return all(c == '_' or c.isascii() and c.isalnum() for c in name)


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping

    class Chain:
        def __getitem__(self, key):
            if key in kws:
                return kws[key]
            return mapping[key]
    return Chain()


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        result = []
        auto = [0]
        self._vformat(format_string, args, kwargs, result, auto, 2)
        return ''.join(result)

    def _vformat(self, format_string, args, kwargs, result, auto, depth):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field is None:
                continue
            if field == '':
                if auto[0] is None:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field = str(auto[0])
                auto[0] += 1
            elif field.isdigit():
                if auto[0]:
                    raise ValueError('cannot switch from automatic field numbering '
                                     'to manual field specification')
                auto[0] = None
            obj, _ = self.get_field(field, args, kwargs)
            obj = self.convert_field(obj, conversion)
            spec_parts = []
            self._vformat(spec, args, kwargs, spec_parts, auto, depth - 1)
            result.append(self.format_field(obj, ''.join(spec_parts)))

    def parse(self, format_string):
        """(literal, field name, spec, conversion) for each piece."""
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == '{':
                if i + 1 < n and format_string[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = format_string[i + 1:j - 1]
                conversion = None
                spec = ''
                colon = body.find(':')
                if colon >= 0:
                    body, spec = body[:colon], body[colon + 1:]
                bang = body.find('!')
                if bang >= 0:
                    body, conversion = body[:bang], body[bang + 1:]
                yield ''.join(literal), body, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and format_string[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)

    def format_field(self, value, format_spec):
        return format(value, format_spec)


def _split_field(name):
    # 'a.b[0]' -> 'a', [(True, 'b'), (False, 0)]
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
