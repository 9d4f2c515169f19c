class Parser:
    def __init__(self, text):
        self.text = text
        self.tokens = self.split()
    def split(self):
        return self.text.split(",")
Parser("a,b")
Parser(None)
