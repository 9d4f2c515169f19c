"""References that do not keep their object alive."""
class ref:
    """ref(obj): call it to get obj, or None once obj is gone."""
    def __init__(self, obj, callback=None, /): ...
    def __call__(self): ...
    __callback__: object
ReferenceType = ref
class WeakValueDictionary(dict):
    """A dictionary whose values are held by weak references."""
    def __init__(self, *args, **kwargs): ...
