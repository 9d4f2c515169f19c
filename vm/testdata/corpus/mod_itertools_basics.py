# itertools: infinite iterators, combinatorics, grouping and slicing.
import itertools as it
import operator


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 3)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle('abc'), 7)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.islice(it.repeat(1), 2)), list(it.repeat(0, -1)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 1, None, 2)))
print(list(it.islice('abc', 0)), list(it.islice(range(100), 95, None)))
show("islice negative", it.islice, 'abc', -1)
show("islice step 0", it.islice, 'abc', 0, 2, 0)
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee('x', 3)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()))
print(list(it.product('ab', [0, 1])), list(it.product('ab', repeat=2)), list(it.product()))
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
show("combinations -1", it.combinations, 'abc', -1)
show("product negative", it.product, 'a', repeat=-1)
print(sum(1 for _ in it.product(range(3), repeat=3)))
