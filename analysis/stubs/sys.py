"""The interpreter's state: arguments, standard streams, exit."""
argv: list
"""The command-line arguments, the script's path first."""
stdout: object
stderr: object
stdin: object
maxsize: int
version: str
version_info: tuple
platform: str
path: list
modules: dict
byteorder: str
executable: str
def exit(status=None):
    """End the program by raising SystemExit(status)."""
def getrecursionlimit() -> int:
    """The maximum depth of Python calls."""
def setrecursionlimit(limit, /):
    """Set the maximum depth of Python calls; deeper calls raise RecursionError."""
def exc_info() -> tuple:
    """(type, value, traceback) of the exception being handled."""
def getsizeof(obj, default=None) -> int: ...
def intern(s, /) -> str: ...
def _getframe(depth=0, /): ...
def exception(): ...
