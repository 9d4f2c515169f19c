def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + repr(k) + ": " + dump(val, indent + 1) for k, val in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)
doc = {"name": "tasklet", "version": 1.5, "tags": ["vm", "go", 'say "hi"'], "meta": {"ok": True, "none": None, "empty": {}}, "n": [1, [2, 3]]}
print(dump(doc))
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(int(s[i:j]))
            i = j
        else:
            toks.append(c)
            i += 1
    return toks
print(tokenize("[12, {3: 45}] 6"))
