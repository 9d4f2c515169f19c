# string constants, capwords, Template, Formatter; contextlib managers.
import contextlib
import string
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(string.ascii_letters, string.octdigits, len(string.printable), string.whitespace == ' \t\n\r\x0b\x0c')
print(string.capwords('  the quick  brown fox '), string.capwords('a-b-c', '-'))
t = string.Template('$who owes $$${amount} to ${who}_x $who2')
print(t.substitute(who='ann', amount=5, who2='bob'), t.substitute({'who': 'x', 'amount': 1, 'who2': 'y'}))
print(t.safe_substitute(who='ann'), t.get_identifiers(), t.is_valid())
show("missing key", t.substitute, who='ann')
show("invalid", string.Template('cost: $ 5').substitute)
show("invalid line", string.Template('ok\nbad $!').substitute)
print(string.Template('$a$b').substitute(a=1, b=2), string.Template('${a}x').safe_substitute())
f = string.Formatter()
print(f.format('{0} {name} {1!r:>5} {x[0]} {p.real}', 'a', 'b', name='n', x=[9], p=3))
print(f.format('{} {}', 1, 2), f.format('{:{w}}|', 'ab', w=5), list(f.parse('a{0}b{x!r:3}c')))


@contextmanager
def tagged(name):
    print('enter', name)
    try:
        yield name * 2
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('exit', name)


with tagged('a') as v:
    print('body', v)
with tagged('k'):
    raise KeyError('swallowed')
try:
    with tagged('v'):
        raise ValueError('escapes')
except ValueError as e:
    print('caught', e)


@contextmanager
def no_yield():
    if False:
        yield


show("no yield", lambda: no_yield().__enter__())


@tagged('deco')
def decorated(x):
    print('in decorated', x)


decorated(1)
decorated(2)

with suppress(KeyError):
    {}['x']
with suppress():
    pass
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print('not suppressed')


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print('null', n)

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.enter_context(tagged('s1'))
    stack.callback(print, 'callback 2')
    print('in stack')
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print('after stack')
