import _hpkg
print(_hpkg.PKG_CONST, _hpkg.util.helper(), _hpkg.pkg_helper())
import _hpkg.util
import _hpkg.sub.deep as deep
print(deep.where())
from _hpkg.sub import deep as d2, SUB
print(d2 is deep, SUB)
from _hpkg import util as u
print(u.helper(), u.__name__, _hpkg.__name__)
import _hpkg.sub
print(_hpkg.sub.SUB, _hpkg.sub.deep.where() == deep.where())
