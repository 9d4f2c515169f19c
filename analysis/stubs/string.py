"""Character classes as strings."""
ascii_letters: str
ascii_lowercase: str
ascii_uppercase: str
digits: str
hexdigits: str
octdigits: str
punctuation: str
printable: str
whitespace: str
def capwords(s, sep=None) -> str: ...
