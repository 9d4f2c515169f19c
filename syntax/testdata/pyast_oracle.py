"""Report what CPython's own parser makes of Python source files.

The Go tests compare the tasklet parser against this oracle, so it must say
exactly what CPython says and nothing more: it parses with compile() and
PyCF_ONLY_AST (the source bytes are passed as they are, so that coding
cookies and byte order marks are honoured as CPython honours them) and never
runs the compiler proper, whose checks ('return' outside function and the
like) are not the parser's business.

Usage: pyast_oracle.py FILE...   or   pyast_oracle.py < LIST_OF_FILES

For each file it prints one JSON object on its own line:

  path      the path as given
  ok        whether CPython parses the file
  error     when not ok: {"type", "msg", "lineno", "offset"}, offset being
            CPython's 1-based column (None when CPython gives none)
  rejected  present when the file uses a construct that the tasklet
            language rejects: {"name", "lineno", "col_offset",
            "end_lineno"} of the first such construct in source order
  stmts     [lineno, col_offset, end_lineno, end_col_offset] of every
            statement and every except handler, sorted; columns count
            UTF-8 bytes from 0, as in the ast module
"""

import ast
import json
import sys

# Statement types whose mere presence is a rejected construct.
_REJECTED_NODES = {
    ast.AsyncFunctionDef: "async def",
    ast.AsyncFor: "async for",
    ast.AsyncWith: "async with",
    ast.Await: "await",
    ast.Match: "match",
    ast.TryStar: "except*",
}

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def rejected_construct(node):
    """Return the name of the rejected construct that node is, or None."""
    name = _REJECTED_NODES.get(type(node))
    if name:
        return name
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
        return "@"
    if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.MatMult):
        return "@="
    if isinstance(node, ast.Constant) and isinstance(node.value, complex):
        return "complex literal"
    if isinstance(node, _COMPREHENSIONS) and any(g.is_async for g in node.generators):
        return "async for"
    return None


def first_rejected(tree):
    found = []
    for node in ast.walk(tree):
        name = rejected_construct(node)
        if name:
            found.append((node.lineno, node.col_offset, node.end_lineno, name))
    if not found:
        return None
    lineno, col, end_lineno, name = min(found)
    return {"name": name, "lineno": lineno, "col_offset": col, "end_lineno": end_lineno}


def statement_ranges(tree):
    ranges = [
        [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset]
        for n in ast.walk(tree)
        if isinstance(n, (ast.stmt, ast.excepthandler))
    ]
    ranges.sort()
    return ranges


def describe(path):
    with open(path, "rb") as f:
        src = f.read()
    result = {"path": path}
    try:
        tree = compile(src, path, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError) as e:
        result["ok"] = False
        result["error"] = {
            "type": type(e).__name__,
            "msg": getattr(e, "msg", str(e)),
            "lineno": getattr(e, "lineno", None),
            "offset": getattr(e, "offset", None),
        }
        return result
    result["ok"] = True
    rejected = first_rejected(tree)
    if rejected:
        result["rejected"] = rejected
    result["stmts"] = statement_ranges(tree)
    return result


def main():
    paths = sys.argv[1:] or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(describe(path), separators=(",", ":")))
        out.write("\n")


if __name__ == "__main__":
    main()
