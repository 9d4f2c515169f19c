# collections: defaultdict, OrderedDict, Counter, ChainMap.
from collections import defaultdict, OrderedDict, Counter, ChainMap


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['a'], len(dd), 'c' in dd, isinstance(dd, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), dict(counts))
none = defaultdict()
show("no factory", lambda: none['x'])
print(none, none.default_factory)
show("bad factory", defaultdict, 5)
print(defaultdict(lambda: 'z', {'a': 1})['q'])
c = dd.copy()
print(type(c).__name__, c == dd, c.default_factory)
print(dd.get('zz'), 'zz' in dd)

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od, list(od), list(od.keys()))
od.move_to_end('x')
print(od)
od.move_to_end('x', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]))
print(OrderedDict([('a', 1), ('b', 2)]) == {'b': 2, 'a': 1})
show("popitem empty", OrderedDict().popitem)
show("move missing", OrderedDict().move_to_end, 'q')
print(list(reversed(OrderedDict.fromkeys('abc'))))

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
del c['a']
del c['nothere']
print('a' in c, c['a'])
show("fromkeys", Counter.fromkeys, 'ab')

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('q', 0))
cm['c'] = 4
print(cm.maps, cm.new_child({'a': 0})['a'], cm.parents)
show("chainmap missing", lambda: cm['zz'])
