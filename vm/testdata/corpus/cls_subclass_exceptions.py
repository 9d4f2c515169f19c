class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field
class HTTPError(Exception):
    def __init__(self, status):
        self.status = status
        super().__init__(status)
    def __str__(self):
        return "HTTP %d" % self.status
for exc in [ValidationError("age", "negative"), HTTPError(404)]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", e, e.field, e.args)
    except Exception as e:
        print("Exception branch:", e, repr(e), e.args, e.status)
class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"
print(repr(Quiet()), str(Quiet("q")))
class WithNoArgs(Exception):
    def __init__(self):
        super().__init__()
print(repr(WithNoArgs()), str(WithNoArgs()) == "")
class KeepsArgs(KeyError):
    pass
print(str(KeepsArgs("k")), repr(KeepsArgs("k")))
try:
    raise ValidationError("name", "empty") from KeyError("x")
except ValidationError as e:
    print(repr(e.__cause__))
