"""The names every module sees without an import."""

class object:
    """The root of every class."""
    def __new__(cls, *args, **kwargs):
        """Create and return a new object of the class."""
    def __getattribute__(self, name, /):
        """Return getattr(self, name)."""
    def __lt__(self, other) -> bool:
        """Return self<value."""
    def __le__(self, other) -> bool:
        """Return self<=value."""
    def __gt__(self, other) -> bool:
        """Return self>value."""
    def __ge__(self, other) -> bool:
        """Return self>=value."""
    def __reduce__(self):
        """Helper for pickle."""
    def __reduce_ex__(self, protocol, /):
        """Helper for pickle."""
    def __sizeof__(self) -> int:
        """Return the size of the object in memory, in bytes."""
    @classmethod
    def __subclasshook__(cls, sub, /):
        """Customize issubclass() for abstract classes; NotImplemented by default."""
    __class__: type
    __dict__: dict
    __doc__: str
    __module__: str
    def __init__(self):
        """Initialize self; see the class's help for the arguments."""
    def __repr__(self) -> str:
        """Return repr(self)."""
    def __str__(self) -> str:
        """Return str(self)."""
    def __eq__(self, other) -> bool:
        """Return self==value."""
    def __ne__(self, other) -> bool:
        """Return self!=value."""
    def __hash__(self) -> int:
        """Return hash(self)."""
    def __init_subclass__(cls):
        """Called when a class is subclassed; does nothing by default."""
    def __setattr__(self, name, value):
        """Implement setattr(self, name, value)."""
    def __delattr__(self, name):
        """Implement delattr(self, name)."""
    def __dir__(self) -> list:
        """Return the list of the object's attribute names, for dir()."""
    def __format__(self, spec) -> str:
        """Return self formatted as format_spec says: format(self, format_spec)."""

class type:
    """type(x) is the class of x; type(name, bases, dict) makes a new class."""
    def __new__(cls, *args):
        """Create and return a new object of the class."""
    def __call__(self, *args, **kwargs):
        """Call self as a function."""
    @classmethod
    def __prepare__(cls, name, bases, /, **kwargs) -> dict:
        """Return the namespace a class statement fills with its body (a dict)."""
    def __instancecheck__(self, obj, /) -> bool:
        """Implement isinstance(instance, self)."""
    def __subclasscheck__(self, sub, /) -> bool:
        """Implement issubclass(subclass, self)."""
    __name__: str
    __qualname__: str
    __bases__: tuple
    __mro__: tuple
    def __init__(self, *args):
        """Initialize self; see the class's help for the arguments."""
    def mro(self) -> list:
        """Return the class's method resolution order, as a list."""
    def __subclasses__(self) -> list:
        """Return the list of the class's immediate subclasses."""

class function:
    """A function defined with def or lambda."""
    __name__: str
    __qualname__: str
    __defaults__: tuple
    __code__: object
    __globals__: dict
    __closure__: tuple
    __wrapped__: object
    __kwdefaults__: dict
    __annotations__: dict

class int:
    """An integer of any size: int(x=0) converts a number or string, int(s, base) parses s in base."""
    def __add__(self, other, /):
        """Return self+value."""
    def __radd__(self, other, /):
        """Return value+self."""
    def __sub__(self, other, /):
        """Return self-value."""
    def __rsub__(self, other, /):
        """Return value-self."""
    def __mul__(self, other, /):
        """Return self*value."""
    def __rmul__(self, other, /):
        """Return value*self."""
    def __truediv__(self, other, /):
        """Return self/value."""
    def __rtruediv__(self, other, /):
        """Return value/self."""
    def __floordiv__(self, other, /):
        """Return self//value."""
    def __rfloordiv__(self, other, /):
        """Return value//self."""
    def __mod__(self, other, /):
        """Return self%value."""
    def __rmod__(self, other, /):
        """Return value%self."""
    def __pow__(self, other, /):
        """Return pow(self, value, mod)."""
    def __rpow__(self, other, /):
        """Return pow(value, self, mod)."""
    def __divmod__(self, other, /):
        """Return divmod(self, value)."""
    def __rdivmod__(self, other, /):
        """Return divmod(value, self)."""
    def __neg__(self):
        """Return -self."""
    def __pos__(self):
        """Return +self."""
    def __abs__(self):
        """Return abs(self)."""
    def __bool__(self) -> bool:
        """Return True if self is true, else False."""
    def __int__(self) -> int:
        """Return int(self)."""
    def __float__(self) -> float:
        """Return float(self)."""
    def __trunc__(self) -> int:
        """Return self truncated to an integer, toward zero."""
    def __round__(self, ndigits=None, /):
        """Return self rounded to ndigits decimal digits (an integer without them)."""
    def __index__(self) -> int:
        """Return self converted to an integer, for slicing and indexing."""
    def __invert__(self) -> int:
        """Return ~self."""
    def __and__(self, other, /) -> int:
        """Return self&value."""
    def __or__(self, other, /) -> int:
        """Return self|value."""
    def __xor__(self, other, /) -> int:
        """Return self^value."""
    def __lshift__(self, other, /) -> int:
        """Return self<<value."""
    def __rshift__(self, other, /) -> int:
        """Return self>>value."""
    def __init__(self, x=0, /, base=10):
        """Initialize self; see the class's help for the arguments."""
    real: int
    imag: int
    numerator: int
    denominator: int
    def bit_length(self) -> int:
        """The number of bits needed to write the absolute value in binary."""
    def bit_count(self) -> int:
        """The number of one bits in the absolute value."""
    def to_bytes(self, length=1, byteorder="big", *, signed=False) -> bytes:
        """The integer as bytes."""
    @classmethod
    def from_bytes(cls, bytes, byteorder="big", *, signed=False) -> int:
        """The integer that bytes encode."""
    def conjugate(self) -> int:
        """Return self, the complex conjugate of an integer."""
    def as_integer_ratio(self) -> tuple:
        """Return the pair (self, 1): the integer as a ratio."""

class bool(int):
    """True or False; bool(x) is the truth value of x."""
    def __init__(self, x=False, /):
        """Initialize self; see the class's help for the arguments."""

class float:
    """A double-precision floating point number; float(x) converts a number or string."""
    def __add__(self, other, /):
        """Return self+value."""
    def __radd__(self, other, /):
        """Return value+self."""
    def __sub__(self, other, /):
        """Return self-value."""
    def __rsub__(self, other, /):
        """Return value-self."""
    def __mul__(self, other, /):
        """Return self*value."""
    def __rmul__(self, other, /):
        """Return value*self."""
    def __truediv__(self, other, /):
        """Return self/value."""
    def __rtruediv__(self, other, /):
        """Return value/self."""
    def __floordiv__(self, other, /):
        """Return self//value."""
    def __rfloordiv__(self, other, /):
        """Return value//self."""
    def __mod__(self, other, /):
        """Return self%value."""
    def __rmod__(self, other, /):
        """Return value%self."""
    def __pow__(self, other, /):
        """Return pow(self, value, mod)."""
    def __rpow__(self, other, /):
        """Return pow(value, self, mod)."""
    def __divmod__(self, other, /):
        """Return divmod(self, value)."""
    def __rdivmod__(self, other, /):
        """Return divmod(value, self)."""
    def __neg__(self):
        """Return -self."""
    def __pos__(self):
        """Return +self."""
    def __abs__(self):
        """Return abs(self)."""
    def __bool__(self) -> bool:
        """Return True if self is true, else False."""
    def __int__(self) -> int:
        """Return int(self)."""
    def __float__(self) -> float:
        """Return float(self)."""
    def __trunc__(self) -> int:
        """Return self truncated to an integer, toward zero."""
    def __round__(self, ndigits=None, /):
        """Return self rounded to ndigits decimal digits (an integer without them)."""
    def __init__(self, x=0.0, /):
        """Initialize self; see the class's help for the arguments."""
    real: float
    imag: float
    def is_integer(self) -> bool:
        """Whether the float has no fractional part."""
    def as_integer_ratio(self) -> tuple:
        """Return the pair of integers whose ratio is exactly the float, with a positive denominator."""
    def hex(self) -> str:
        """Return the float as a hexadecimal string, as '0x1.8000000000000p+0'."""
    @classmethod
    def fromhex(cls, s) -> float:
        """Make a float from a hexadecimal string."""
    def conjugate(self) -> float:
        """Return self, the complex conjugate of a float."""

class str:
    """An immutable sequence of Unicode characters; str(x) is the printable form of x."""
    def __add__(self, other, /):
        """Return self+value."""
    def __mul__(self, n, /):
        """Return self*value."""
    def __rmul__(self, n, /):
        """Return value*self."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, *args, **kwargs):
        """Initialize self; see the class's help for the arguments."""
    def capitalize(self) -> str:
        """Return a copy with the first character upper case and the rest lower case."""
    def casefold(self) -> str:
        """Return a copy for caseless comparison."""
    def center(self, width, fillchar=" ", /) -> str:
        """Return the string centered in a string of length width, padded with fillchar."""
    def count(self, sub, start=None, end=None, /) -> int:
        """The number of non-overlapping occurrences of sub."""
    def encode(self, encoding="utf-8", errors="strict") -> bytes:
        """Encode the string to bytes with the given encoding (UTF-8 by default)."""
    def endswith(self, suffix, start=None, end=None, /) -> bool:
        """Return True if the string ends with suffix (or one of a tuple of suffixes)."""
    def expandtabs(self, tabsize=8) -> str:
        """Return a copy with tabs replaced by spaces, to columns of tabsize."""
    def find(self, sub, start=None, end=None, /) -> int:
        """The lowest index of sub, or -1."""
    def format(self, *args, **kwargs) -> str:
        """The string with its {} fields replaced by the arguments."""
    def format_map(self, mapping, /) -> str:
        """Return the string formatted with the values of a mapping, as format(**mapping) does."""
    def index(self, sub, start=None, end=None, /) -> int:
        """Like find, but raises ValueError when sub is absent."""
    def isalnum(self) -> bool:
        """Return True if the string is not empty and every character is alphanumeric."""
    def isalpha(self) -> bool:
        """Return True if the string is not empty and every character is alphabetic."""
    def isascii(self) -> bool:
        """Return True if every character of the string is ASCII."""
    def isdecimal(self) -> bool:
        """Return True if the string is not empty and every character is a decimal digit."""
    def isdigit(self) -> bool:
        """Return True if the string is not empty and every character is a digit."""
    def isidentifier(self) -> bool:
        """Return True if the string is a valid Python identifier."""
    def islower(self) -> bool:
        """Return True if the string has cased characters and all are lower case."""
    def isnumeric(self) -> bool:
        """Return True if the string is not empty and every character is numeric."""
    def isprintable(self) -> bool:
        """Return True if every character of the string is printable."""
    def isspace(self) -> bool:
        """Return True if the string is not empty and every character is whitespace."""
    def istitle(self) -> bool:
        """Return True if the string is title-cased: each word starts upper case, the rest lower."""
    def isupper(self) -> bool:
        """Return True if the string has cased characters and all are upper case."""
    def join(self, iterable, /) -> str:
        """The strings of iterable with this string between them."""
    def ljust(self, width, fillchar=" ", /) -> str:
        """Return the string left-justified in a string of length width, padded with fillchar."""
    def lower(self) -> str:
        """Return a copy converted to lower case."""
    def lstrip(self, chars=None, /) -> str:
        """Return a copy with leading whitespace (or the given characters) removed."""
    def partition(self, sep, /) -> tuple:
        """Split at the first occurrence of sep: return (before, sep, after), or (self, '', '')."""
    def removeprefix(self, prefix, /) -> str:
        """Return a copy without prefix when the string starts with it."""
    def removesuffix(self, suffix, /) -> str:
        """Return a copy without suffix when the string ends with it."""
    def replace(self, old, new, count=-1, /) -> str:
        """Return a copy with occurrences of old replaced by new (the first count only, when given)."""
    def rfind(self, sub, start=None, end=None, /) -> int:
        """Return the highest index where sub is found, or -1."""
    def rindex(self, sub, start=None, end=None, /) -> int:
        """Return the highest index where sub is found; raise ValueError when it is not."""
    def rjust(self, width, fillchar=" ", /) -> str:
        """Return the string right-justified in a string of length width, padded with fillchar."""
    def rpartition(self, sep, /) -> tuple:
        """Split at the last occurrence of sep: return (before, sep, after), or ('', '', self)."""
    def rsplit(self, sep=None, maxsplit=-1) -> list:
        """Return the words of the string, splitting at sep from the right, at most maxsplit times."""
    def rstrip(self, chars=None, /) -> str:
        """Return a copy with trailing whitespace (or the given characters) removed."""
    def split(self, sep=None, maxsplit=-1) -> list:
        """The words of the string, split at sep (runs of whitespace by default)."""
    def splitlines(self, keepends=False) -> list:
        """Return the lines of the string, without their line breaks unless keepends."""
    def startswith(self, prefix, start=None, end=None, /) -> bool:
        """Return True if the string starts with prefix (or one of a tuple of prefixes)."""
    def strip(self, chars=None, /) -> str:
        """The string without leading and trailing whitespace (or chars)."""
    def swapcase(self) -> str:
        """Return a copy with upper case converted to lower case and the reverse."""
    def title(self) -> str:
        """Return a copy where each word starts upper case and goes on lower case."""
    def translate(self, table, /) -> str:
        """Return a copy with each character mapped through table (from str.maketrans)."""
    def upper(self) -> str:
        """Return a copy converted to upper case."""
    def zfill(self, width, /) -> str:
        """Return the string padded with zeros on the left to width, after any sign."""
    @staticmethod
    def maketrans(x, y=None, z=None, /) -> dict:
        """Make a translation table for str.translate."""

class bytes:
    """An immutable sequence of bytes."""
    def __add__(self, other, /):
        """Return self+value."""
    def __mul__(self, n, /):
        """Return self*value."""
    def __rmul__(self, n, /):
        """Return value*self."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, *args, **kwargs):
        """Initialize self; see the class's help for the arguments."""
    def decode(self, encoding="utf-8", errors="strict") -> str:
        """Decode the bytes to a string with the given encoding (UTF-8 by default)."""
    def hex(self, sep=None, bytes_per_sep=1) -> str:
        """Return the bytes as a string of hexadecimal digits, two per byte."""
    def startswith(self, prefix, start=None, end=None, /) -> bool:
        """Return True if the bytes start with prefix (or one of a tuple of prefixes)."""
    def endswith(self, suffix, start=None, end=None, /) -> bool:
        """Return True if the bytes end with suffix (or one of a tuple of suffixes)."""
    def find(self, sub, start=None, end=None, /) -> int:
        """Return the lowest index where sub is found, or -1."""
    def split(self, sep=None, maxsplit=-1) -> list:
        """Return the parts of the bytes, split at sep (at whitespace without it), at most maxsplit times."""
    def strip(self, chars=None, /) -> bytes:
        """Return a copy with leading and trailing whitespace (or the given bytes) removed."""
    def join(self, iterable, /) -> bytes:
        """Concatenate the bytes objects of an iterable with self between them."""
    def replace(self, old, new, count=-1, /) -> bytes:
        """Return a copy with occurrences of old replaced by new (the first count only, when given)."""
    def count(self, sub, start=None, end=None, /) -> int:
        """Return the number of non-overlapping occurrences of sub."""
    @classmethod
    def fromhex(cls, s, /) -> bytes:
        """Make bytes from a string of hexadecimal digits."""
    def upper(self) -> bytes:
        """Return a copy with ASCII letters converted to upper case."""
    def lower(self) -> bytes:
        """Return a copy with ASCII letters converted to lower case."""
    def isalpha(self) -> bool:
        """Return True if the bytes are not empty and every byte is an ASCII letter."""
    def isdigit(self) -> bool:
        """Return True if the bytes are not empty and every byte is an ASCII digit."""
    def isspace(self) -> bool:
        """Return True if the bytes are not empty and every byte is ASCII whitespace."""
    def isalnum(self) -> bool:
        """Return True if the bytes are not empty and every byte is an ASCII letter or digit."""
    def islower(self) -> bool:
        """Return True if the bytes have ASCII letters and all are lower case."""
    def isupper(self) -> bool:
        """Return True if the bytes have ASCII letters and all are upper case."""
    def rstrip(self, chars=None, /) -> bytes:
        """Return a copy with trailing whitespace (or the given bytes) removed."""
    def lstrip(self, chars=None, /) -> bytes:
        """Return a copy with leading whitespace (or the given bytes) removed."""
    def rsplit(self, sep=None, maxsplit=-1) -> list:
        """Return the parts of the bytes, split at sep from the right, at most maxsplit times."""
    def rfind(self, sub, start=None, end=None, /) -> int:
        """Return the highest index where sub is found, or -1."""
    def index(self, sub, start=None, end=None, /) -> int:
        """Return the lowest index where sub is found; raise ValueError when it is not."""
    def rindex(self, sub, start=None, end=None, /) -> int:
        """Return the highest index where sub is found; raise ValueError when it is not."""
    def title(self) -> bytes:
        """Return a copy where each word starts upper case and goes on lower case (ASCII only)."""
    def capitalize(self) -> bytes:
        """Return a copy with the first byte upper case and the rest lower case (ASCII only)."""
    def swapcase(self) -> bytes:
        """Return a copy with ASCII upper case converted to lower case and the reverse."""
    def splitlines(self, keepends=False) -> list:
        """Return the lines of the bytes, without their line breaks unless keepends."""

class list:
    """A mutable sequence; list(iterable) collects the items of iterable."""
    def __add__(self, other, /):
        """Return self+value."""
    def __mul__(self, n, /):
        """Return self*value."""
    def __rmul__(self, n, /):
        """Return value*self."""
    def __setitem__(self, key, value, /):
        """Set self[key] to value."""
    def __delitem__(self, key, /):
        """Delete self[key]."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, iterable=(), /):
        """Initialize self; see the class's help for the arguments."""
    def append(self, item, /):
        """Add item at the end."""
    def clear(self):
        """Remove every item."""
    def copy(self) -> list:
        """A shallow copy."""
    def count(self, value, /) -> int:
        """Return the number of items equal to value."""
    def extend(self, iterable, /):
        """Add the items of iterable at the end."""
    def index(self, value, start=0, stop=None, /) -> int:
        """Return the first index of value (from start to stop); raise ValueError when it is absent."""
    def insert(self, index, item, /):
        """Insert item before index."""
    def pop(self, index=-1, /):
        """Remove and return the item at index (the last by default)."""
    def remove(self, value, /):
        """Remove the first item equal to value."""
    def reverse(self):
        """Reverse the list in place."""
    def sort(self, *, key=None, reverse=False):
        """Sort the list in place, stably."""

class tuple:
    """An immutable sequence."""
    def __add__(self, other, /):
        """Return self+value."""
    def __mul__(self, n, /):
        """Return self*value."""
    def __rmul__(self, n, /):
        """Return value*self."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, iterable=(), /):
        """Initialize self; see the class's help for the arguments."""
    def count(self, value, /) -> int:
        """Return the number of items equal to value."""
    def index(self, value, start=0, stop=None, /) -> int:
        """Return the first index of value (from start to stop); raise ValueError when it is absent."""

class dict:
    """A mapping from keys to values that keeps insertion order."""
    def __setitem__(self, key, value, /):
        """Set self[key] to value."""
    def __delitem__(self, key, /):
        """Delete self[key]."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, *args, **kwargs):
        """Initialize self; see the class's help for the arguments."""
    def clear(self):
        """Remove every item."""
    def copy(self) -> dict:
        """Return a shallow copy of the dict."""
    @classmethod
    def fromkeys(cls, iterable, value=None, /) -> dict:
        """Make a dict with the keys of an iterable, each mapped to value."""
    def get(self, key, default=None, /):
        """The value for key, or default when key is absent."""
    def items(self):
        """A view of the (key, value) pairs."""
    def keys(self):
        """A view of the keys."""
    def pop(self, key, *default):
        """Remove key and return its value (or default)."""
    def popitem(self) -> tuple:
        """Remove and return the last (key, value) pair inserted; raise KeyError when the dict is empty."""
    def setdefault(self, key, default=None, /):
        """The value for key, inserting default first when key is absent."""
    def update(self, *args, **kwargs):
        """Add the pairs of a mapping or iterable and of the keywords."""
    def values(self):
        """A view of the values."""

class set:
    """An unordered collection of distinct hashable items."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, iterable=(), /):
        """Initialize self; see the class's help for the arguments."""
    def add(self, item, /):
        """Add an element."""
    def clear(self):
        """Remove every element."""
    def copy(self) -> set:
        """Return a shallow copy of the set."""
    def difference(self, *others) -> set:
        """Return the elements of the set that are in none of the others, as a new set."""
    def difference_update(self, *others):
        """Remove the elements of the others from the set."""
    def discard(self, item, /):
        """Remove an element if it is present."""
    def intersection(self, *others) -> set:
        """Return the elements common to the set and all the others, as a new set."""
    def intersection_update(self, *others):
        """Keep only the elements found in the set and all the others."""
    def isdisjoint(self, other, /) -> bool:
        """Return True if the set has no element in common with other."""
    def issubset(self, other, /) -> bool:
        """Return True if every element of the set is in other."""
    def issuperset(self, other, /) -> bool:
        """Return True if every element of other is in the set."""
    def pop(self):
        """Remove and return an arbitrary element; raise KeyError when the set is empty."""
    def remove(self, item, /):
        """Remove an element; raise KeyError when it is absent."""
    def symmetric_difference(self, other, /) -> set:
        """Return the elements in exactly one of the set and other, as a new set."""
    def symmetric_difference_update(self, other, /):
        """Keep the elements in exactly one of the set and other."""
    def union(self, *others) -> set:
        """Return the elements of the set and all the others, as a new set."""
    def update(self, *others):
        """Add the elements of the others."""

class frozenset:
    """An immutable set."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, iterable=(), /):
        """Initialize self; see the class's help for the arguments."""
    def copy(self) -> frozenset:
        """Return the frozenset itself, which cannot change."""
    def difference(self, *others) -> frozenset:
        """Return the elements that are in none of the others, as a new frozenset."""
    def intersection(self, *others) -> frozenset:
        """Return the elements common to the frozenset and all the others."""
    def isdisjoint(self, other, /) -> bool:
        """Return True if the frozenset has no element in common with other."""
    def issubset(self, other, /) -> bool:
        """Return True if every element of the frozenset is in other."""
    def issuperset(self, other, /) -> bool:
        """Return True if every element of other is in the frozenset."""
    def symmetric_difference(self, other, /) -> frozenset:
        """Return the elements in exactly one of the frozenset and other."""
    def union(self, *others) -> frozenset:
        """Return the elements of the frozenset and all the others."""

class range:
    """range(stop) or range(start, stop[, step]): an immutable sequence of integers."""
    def __len__(self) -> int:
        """Return len(self)."""
    def __getitem__(self, key, /):
        """Return self[key]."""
    def __contains__(self, value, /) -> bool:
        """Return key in self."""
    def __iter__(self):
        """Implement iter(self)."""
    def __init__(self, start_or_stop, stop=None, step=None, /):
        """Initialize self; see the class's help for the arguments."""
    start: int
    stop: int
    step: int
    def count(self, value, /) -> int:
        """Return the number of times value occurs in the range (0 or 1)."""
    def index(self, value, /) -> int:
        """Return the index of value in the range; raise ValueError when it is absent."""

class slice:
    """slice(stop) or slice(start, stop[, step]), as written a[start:stop:step]."""
    def __init__(self, start_or_stop, stop=None, step=None, /):
        """Initialize self; see the class's help for the arguments."""
    start: object
    stop: object
    step: object
    def indices(self, length, /) -> tuple:
        """Return (start, stop, step) for a sequence of the given length, as range() takes them."""

class property:
    """A computed attribute: a getter, and optionally a setter and a deleter."""
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        """Initialize self; see the class's help for the arguments."""
    def getter(self, fget, /) -> property:
        """Return a copy of the property with fget as its getter: the decorator @prop.getter."""
    def setter(self, fset, /) -> property:
        """Return a copy of the property with fset as its setter: the decorator @prop.setter."""
    def deleter(self, fdel, /) -> property:
        """Return a copy of the property with fdel as its deleter: the decorator @prop.deleter."""

class staticmethod:
    """Makes a method that receives neither the instance nor the class."""
    def __init__(self, f, /):
        """Initialize self; see the class's help for the arguments."""

class classmethod:
    """Makes a method that receives the class instead of the instance."""
    def __init__(self, f, /):
        """Initialize self; see the class's help for the arguments."""

class super:
    """super() reaches the methods of the next class in the method resolution order."""
    def __init__(self, *args):
        """Initialize self; see the class's help for the arguments."""

class BaseException:
    """The root of every exception."""
    args: tuple
    __traceback__: object
    __cause__: BaseException
    __context__: BaseException
    __suppress_context__: bool
    def __init__(self, *args):
        """Initialize self; see the class's help for the arguments."""
    def with_traceback(self, tb, /) -> BaseException:
        """Set the exception's __traceback__ to tb and return the exception."""

class Exception(BaseException):
    """The base of every exception a program is expected to handle."""

class SystemExit(BaseException):
    """Raised by sys.exit() to end the program."""
    code: object

class TaskletExit(SystemExit):
    """Raised inside a tasklet by tasklet.kill() to end it. Let it propagate: a handler that catches it keeps a killed tasklet alive."""

class KeyboardInterrupt(BaseException):
    """Raised when the user interrupts the program."""

class GeneratorExit(BaseException):
    """Raised inside a generator when it is closed."""

class StopIteration(Exception):
    """Raised by next() when an iterator is exhausted; sent through a channel, it ends the receiver's for loop."""
    value: object

class ArithmeticError(Exception):
    """The base of the errors of arithmetic: ZeroDivisionError, OverflowError, FloatingPointError."""
class ZeroDivisionError(ArithmeticError):
    """Raised when the divisor of a division or modulo is zero."""
class OverflowError(ArithmeticError):
    """Raised when the result of a float operation is too large to represent."""
class FloatingPointError(ArithmeticError):
    """Raised when a floating point operation fails (not raised by default)."""
class AssertionError(Exception):
    """Raised when the test of an assert statement is false."""
class AttributeError(Exception):
    """Raised when an object has no attribute of the name read, or the attribute cannot be assigned."""
    name: str
    obj: object
class BufferError(Exception):
    """Raised when a buffer operation cannot be done."""
class EOFError(Exception):
    """Raised when input() reaches the end of its input with nothing read."""
class ImportError(Exception):
    """Raised when an import cannot find a module, or a name in it (from module import name)."""
    name: str
    path: str
class ModuleNotFoundError(ImportError):
    """Raised when an import cannot find the module."""
class LookupError(Exception):
    """The base of the errors of a missing key or index: IndexError, KeyError."""
class IndexError(LookupError):
    """Raised when a sequence index is out of range."""
class KeyError(LookupError):
    """Raised when a mapping key is not found."""
class MemoryError(Exception):
    """Raised when an operation runs out of memory."""
class NameError(Exception):
    """Raised when a name is not found among the local, global or built-in names."""
    name: str
class UnboundLocalError(NameError):
    """Raised when a local variable is read before it is assigned."""
class OSError(Exception):
    """Raised when the operating system reports an error: a file not found, a permission denied."""
    errno: int
    strerror: str
    filename: str
class FileNotFoundError(OSError):
    """Raised when a file or directory does not exist."""
class FileExistsError(OSError):
    """Raised when a file or directory to create already exists."""
class IsADirectoryError(OSError):
    """Raised when a file operation is asked of a directory."""
class NotADirectoryError(OSError):
    """Raised when a directory operation is asked of something else."""
class PermissionError(OSError):
    """Raised when the operating system denies access."""
class TimeoutError(OSError):
    """Raised when a system call times out."""
class InterruptedError(OSError):
    """Raised when a system call is interrupted by a signal."""
class ConnectionError(OSError):
    """The base of the errors of a connection."""
IOError = OSError
EnvironmentError = OSError
class ReferenceError(Exception):
    """Raised when a weak reference proxy is used after its referent is gone."""
class RuntimeError(Exception):
    """A generic error at run time; Stackless raises it for a deadlock, when the last runnable tasklet blocks."""
class NotImplementedError(RuntimeError):
    """Raised by a method that a subclass must provide."""
class RecursionError(RuntimeError):
    """Raised when calls nest deeper than sys.getrecursionlimit() allows."""
class StopAsyncIteration(Exception):
    """Raised by an asynchronous iterator's __anext__ when it is exhausted."""
class SyntaxError(Exception):
    """Raised when source code does not parse: by compile(), eval() and exec(), and for the program itself."""
    msg: str
    lineno: int
    offset: int
    filename: str
    text: str
class IndentationError(SyntaxError):
    """A SyntaxError about the indentation of a line."""
class TabError(IndentationError):
    """An IndentationError from mixing tabs and spaces inconsistently."""
class SystemError(Exception):
    """Raised when the interpreter finds an internal error."""
class TypeError(Exception):
    """Raised when an operation or call gets a value of the wrong type, or the wrong arguments."""
class ValueError(Exception):
    """Raised when an argument has the right type but a wrong value."""
class UnicodeError(ValueError):
    """The base of the errors of encoding and decoding text."""
class UnicodeDecodeError(UnicodeError):
    """Raised when bytes cannot be decoded as text in the given encoding."""
class UnicodeEncodeError(UnicodeError):
    """Raised when text cannot be encoded in the given encoding."""
class Warning(Exception):
    """The base of the warning categories."""
class UserWarning(Warning):
    """The default category of warnings a program issues."""
class DeprecationWarning(Warning):
    """The category of warnings about deprecated features."""
class RuntimeWarning(Warning):
    """The category of warnings about dubious runtime behavior."""

Ellipsis = ...
NotImplemented = ...
__name__: str
__file__: str
__doc__: str
__builtins__: dict
__debug__: bool
__spec__ = None
__loader__ = None
__package__: str
__annotations__: dict

def print(*values, sep=" ", end="\n", file=None, flush=False):
    """Write the values to file (sys.stdout by default), separated by sep and followed by end."""
def len(obj, /) -> int:
    """The number of items of a container."""
def abs(x, /):
    """The absolute value of a number."""
def all(iterable, /) -> bool:
    """Whether every item of iterable is true (true for an empty one)."""
def any(iterable, /) -> bool:
    """Whether some item of iterable is true."""
def ascii(obj, /) -> str:
    """The repr() of an object with the non-ASCII characters escaped."""
def bin(x, /) -> str:
    """The binary form of an integer, as "0b101"."""
def callable(obj, /) -> bool:
    """Whether obj can be called."""
def chr(i, /) -> str:
    """The character with code point i."""
def delattr(obj, name, /):
    """Delete the attribute of obj called name."""
def dir(*args) -> list:
    """The names in the current scope, or the attributes of the argument."""
def divmod(a, b, /) -> tuple:
    """The pair (a // b, a % b)."""
def enumerate(iterable, start=0):
    """Pairs (index, item) for the items of iterable, counting from start."""
def eval(source, globals=None, locals=None, /):
    """Evaluate an expression, given as source text, in the given globals and locals, and return its value."""
def exec(source, globals=None, locals=None, /):
    """Run statements, given as source text, in the given globals and locals; return None."""
def filter(function, iterable, /):
    """The items of iterable for which function is true (or which are true, when function is None)."""
def format(value, format_spec="", /) -> str:
    """Format a value as format_spec says, through its __format__ method."""
def getattr(obj, name, *default):
    """The attribute of obj called name, or default when it is missing."""
def globals() -> dict:
    """The dictionary of the module's globals."""
def hasattr(obj, name, /) -> bool:
    """Whether obj has an attribute called name."""
def hash(obj, /) -> int:
    """The hash of an object, equal for objects that compare equal; raises TypeError for an unhashable one."""
def help(*args):
    """Print help on an object (interactive help is not available in the VM)."""
def hex(x, /) -> str:
    """The hexadecimal form of an integer, as "0xff"."""
def id(obj, /) -> int:
    """A number that identifies obj while it lives."""
def input(prompt="", /) -> str:
    """Read a line from standard input, without its newline."""
def isinstance(obj, class_or_tuple, /) -> bool:
    """Whether obj is an instance of the class (or of one of the classes of a tuple)."""
def issubclass(cls, class_or_tuple, /) -> bool:
    """Whether cls derives from the class (or one of the classes of a tuple)."""
def iter(obj, *sentinel):
    """An iterator over obj."""
def locals() -> dict:
    """The dictionary of the current scope's locals."""
def map(function, iterable, /, *iterables):
    """The results of function applied to the items of the iterables."""
def max(*args, key=None, default=None):
    """The largest item of an iterable, or the largest argument."""
def min(*args, key=None, default=None):
    """The smallest item of an iterable, or the smallest argument."""
def next(iterator, *default):
    """The next item of an iterator, or default when it is exhausted."""
def oct(x, /) -> str:
    """The octal form of an integer, as "0o17"."""
def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open a file and return a file object: text or binary, read or write, usable in a with statement."""
def ord(c, /) -> int:
    """The code point of a one-character string."""
def pow(base, exp, mod=None):
    """base ** exp, modulo mod when given."""
def repr(obj, /) -> str:
    """The printable form of obj that Python would use to show it."""
def reversed(sequence, /):
    """An iterator over a sequence backwards."""
def round(number, ndigits=None):
    """number rounded to ndigits decimal digits, ties to even."""
def setattr(obj, name, value, /):
    """Set the attribute of obj called name."""
def sorted(iterable, /, *, key=None, reverse=False) -> list:
    """A new sorted list of the items of iterable; the sort is stable."""
def sum(iterable, /, start=0):
    """The sum of start and the items of iterable."""
def vars(*args) -> dict:
    """The __dict__ of the argument, or the locals without one."""
def zip(*iterables, strict=False):
    """Tuples of the items of the iterables taken in step, stopping at the shortest."""
def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module by name: the function the import statement calls."""
def breakpoint(*args, **kwargs):
    """Enter the debugger at this point of the program, through sys.breakpointhook()."""
def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
    """Compile source text into a code object for exec() or eval()."""
def exit(code=None):
    """End the program."""
def quit(code=None):
    """End the program."""
