# operator functions and getters; heapq push/pop/heapify/merge/nlargest.
import heapq
import operator
from operator import attrgetter, itemgetter, methodcaller


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.concat([1], [2]))
print(operator.getitem([1, 2, 3], 1), operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.imul('ab', 2))
show("index str", operator.index, 'a')
show("indexOf missing", operator.indexOf, [1], 2)
show("concat int", operator.concat, 1, 2)

pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 1)(pairs[0]), itemgetter(slice(1, None))('abc'))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


people = [P('bob', 30), P('al', 25)]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]), attrgetter('inner.inner.name')(people[1]))
print(methodcaller('greet', 'hi')(people[0]), methodcaller('greet', 'yo', punct='?')(people[1]))
print(itemgetter(1), attrgetter('a', 'b.c'), methodcaller('f', 1, k=2))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

h = []
for x in [5, 1, 8, 3, 2, 9, 1]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
show("pop empty", heapq.heappop, [])
show("push non-list", heapq.heappush, (), 1)
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'exec'))
heapq.heappush(tasks, (1, 'again'))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)), list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
nums = [5, 1, 8, 3, 2, 9, 1, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len), heapq.nsmallest(10, [3, 1, 2]))
