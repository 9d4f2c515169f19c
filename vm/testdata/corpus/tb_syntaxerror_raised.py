def check(src):
    raise SyntaxError("manual syntax error")
check("x")
