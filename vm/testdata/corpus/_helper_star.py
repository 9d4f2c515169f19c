__all__ = ["exported", "Also"]
exported = "in __all__"
not_exported = "not in __all__"
_underscore = "private"
class Also:
    pass
