# traceback: format_exc/format_exception/format_tb/print_exc read as an
# uncaught exception does, chains included; format_stack and print_stack.
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end='')
    print(text.splitlines()[-1])
    traceback.print_exc()
    traceback.print_exc(file=sys.stdout)

try:
    outer(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[0], end='')
    print(traceback.format_exception(type(e), e, e.__traceback__) == lines)
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_tb(e.__traceback__)), end='')
    print(''.join(traceback.format_exception(e, limit=1)), end='')
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout)


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('conversion failed') from e


try:
    convert('x')
except RuntimeError:
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(chain=False), end='')

try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('while handling')
except TypeError:
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(ValueError, ValueError('v')), traceback.format_exception_only(ValueError('v')))


class Custom(Exception):
    def __str__(self):
        return 'custom text'


try:
    raise Custom()
except Custom as e:
    print(traceback.format_exception_only(e))


def show_stack():
    print(''.join(traceback.format_stack()), end='')
    traceback.print_stack(file=sys.stdout)


def caller():
    show_stack()


caller()
