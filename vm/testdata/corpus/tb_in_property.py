class Config:
    def __init__(self, raw):
        self.raw = raw
    @property
    def port(self):
        return int(self.raw["port"])
c = Config({"port": "eighty"})
print("port is", c.port)
