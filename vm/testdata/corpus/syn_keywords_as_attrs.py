class O:
    pass
o = O()
o.match = 1
o.case = 2
o.print = 3
print(o.match, o.case, o.print)
match = 5
case = 6
_ = 7
type = "shadowed type"
print(match, case, _, type)
del type
print(type(1))
def f(match, case=0):
    return match + case
print(f(match=1, case=2))
