"""Helper module imported by import_* programs."""
print("_helper_math loading, __name__ =", __name__)
PI_ISH = 3.14
_private = "hidden"
counter = 0
def square(x):
    return x * x
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, side):
        self.side = side
    def area(self):
        return square(self.side)
if __name__ == "__main__":
    print("never printed when imported")
