"""Weak references.

The referent of a ref is kept alive (see the _weakref module): refs always
return their object and their callbacks are never called. For the same
reason WeakValueDictionary, WeakKeyDictionary and WeakSet are a dict, a
dict and a set that never lose entries. proxy() returns the object itself.
"""

from _weakref import ref, ReferenceType

__all__ = ['ref', 'ReferenceType', 'WeakKeyDictionary', 'WeakValueDictionary',
           'WeakSet', 'getweakrefcount', 'proxy']


def getweakrefcount(obj):
    """The number of weak references to obj that are tracked: none are."""
    return 0


def proxy(obj, callback=None):
    """A stand-in for obj: obj itself, since it never dies."""
    ref(obj)
    return obj


class WeakValueDictionary(dict):
    """A dict whose values are held by weak reference (here: strongly)."""

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakKeyDictionary(dict):
    """A dict whose keys are held by weak reference (here: strongly)."""

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


class WeakSet(set):
    """A set whose items are held by weak reference (here: strongly)."""
