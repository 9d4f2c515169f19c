class P:
    def __init__(self, v):
        self.v = v
a, b = P(1), P(1)
print(a == b, a == a, a != b, a is not b, [a].count(a), [a].count(b), a in [b], a in [a])
print(len({a, b}), len({a, a}), {a: 1}.get(b), {a: 1}.get(a))
class Q(P):
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
    __hash__ = P.__hash__
c, d = Q(1), Q(1)
print(c == d, c != d, c == a, a == c, len({c, d}))
print([Q(2)].index(Q(2)), Q(3) in [Q(3)], [Q(1), Q(2)].count(Q(1)))
