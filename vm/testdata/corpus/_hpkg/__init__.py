print("_hpkg init")
PKG_CONST = "pkg const"
from . import util
from .util import helper as pkg_helper
