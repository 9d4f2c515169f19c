class Repo:
    def __init__(self):
        self.rows = {}
    def get(self, key):
        try:
            return self.rows[key]
        except KeyError:
            raise LookupError("no row %r" % (key,)) from None
class Service:
    def __init__(self):
        self.repo = Repo()
    def fetch(self, key):
        return self.repo.get(key)
Service().fetch(17)
