print("_hpkg.util loading as", __name__)
def helper():
    return "util.helper"
