class Detailed(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "error code %d" % self.code
raise Detailed(42)
