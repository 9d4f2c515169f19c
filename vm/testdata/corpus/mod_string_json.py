import string, json
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.punctuation)
print(len(string.printable), repr(string.whitespace), string.capwords("hello  big world"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
doc = {"name": "tasklet", "n": [1, 2.5, None, True], "nested": {"k": "v\n\"q\""}, "uni": "é"}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, sort_keys=True, indent=2))
back = json.loads(s)
print(back == doc, back["n"], type(back["n"][1]).__name__)
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1e3, "d": false}'), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad json}")
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps({1: 2}))
