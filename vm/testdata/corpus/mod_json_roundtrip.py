# json: CPython's output formats and decoding errors, hooks, encoder options.
import json
for doc in ['"a\x01b"', '"a\\qb"', '"\\u12g4"', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '', '  ', '[', '{', '"abc', 'nul', '01', '-', '1.', '1e', '[1] x', '{"a":}', '"\\ud83d\\ude00"', '-Infinity', '1.5e3', '-0', '{"a":1,"a":2}', '[1,2', '"\\', '\ufeff1']:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"x"', strict=False), json.loads('"a\tb"', strict=False))
for v in [1.0, 1e100, float('nan'), -0.0, 10**20, "é\u2028\U0001F600", {"a": [], "b": {}}, [[]], {True: 1, None: 2, 1.5: 3, 7: 4}, (1, 2)]:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, indent=3), json.dumps(v, indent='\t', separators=(',', '=')))
class C: pass
for bad in [C(), {(1,): 2}, float('inf')]:
    try: print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True), json.dumps(C(), default=lambda o: 'C!'), json.dumps({'b': 1, 'a': [1, {'z': 0, 'y': 1}]}, sort_keys=True, indent=1))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda x: int(x) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
try: json.loads(5)
except TypeError as e: print(e)
print(json.JSONEncoder(indent=2).encode({'k': [1]}), json.JSONDecoder().raw_decode('[1] tail'))
