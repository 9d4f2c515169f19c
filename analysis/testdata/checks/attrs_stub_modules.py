import json
import math
import operator
import os
import string
import sys
import time
import traceback
import unittest
import weakref

# Names the VM's modules provide are in their stubs.
print(math.cosh(0), math.dist((0, 0), (3, 4)), math.gamma(5), operator.and_(6, 3), operator.contains([1], 1))
print(os.pathsep, os.path.isabs("/"), os.path.commonpath(["/a/b", "/a/c"]), sys._getframe().f_lineno)
print(time.asctime(time.localtime(0)), traceback.format_tb(None), weakref.ReferenceType)
print(string.Template("$x").substitute(x=1), string.Template("$x").get_identifiers())
print(unittest.TestLoader().loadTestsFromTestCase(unittest.TestCase), unittest.TextTestRunner(verbosity=0))
print(math.coshh(0))  # want "module 'math' has no attribute 'coshh'; did you mean 'cosh'?"
print(operator.is_nott)  # want "did you mean 'is_not'"
print(unittest.TestSuite().addTestz)  # want "'TestSuite' object has no attribute 'addTestz'"
print(b"ab".upper(), b"12".isdigit(), json.JSONDecoder().raw_decode("[1] x"))
print(b"ab".zfill(4))  # want "'bytes' object has no attribute 'zfill'"
