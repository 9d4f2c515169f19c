from .. import util
from ..util import helper
from . import SUB
def where():
    return __name__ + " uses " + helper() + " and " + SUB
