x = f"{a!r:>{w}} {b=} {{}} {c:%Y}"
y = f"""{
 a
}"""
z = rf"\{x}" f"{y}"
x = f"{f'{1}'}"
y = f"{a['b']:{c}.{d}}"
x = f"{'a'}"; y = 1
z = f'{"b"!r}'; w = 2
x = f"{a != b}"; y = 1
x = f"{a:{'>'}{10}}"; y = 1
x = f"{ a = }"; y = 1
x = f"{(lambda: 1)()}"; y = 1
x = f"{ {'a': 1}['a'] }"; y = 1
x = f"""{
    a +
    b
}"""
y = 1
x = f"\n{a}\t{{b}}\\"; y = 1
x = f"é{a}é"; y = 1
x = (f"{a}"
     "b"
     f"{c}")
x = rf"\{{" f"\}}"; y = 1
x = f"\\{a}" rf"\\}}"; y = 1
x = f"{a!=b=}{a<b}{c['}']:>{w}}{d=:x}"; y = 1
x = f"{x for x in y}" f"{yield}" f"{*a, b}"
