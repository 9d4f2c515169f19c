people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
lst = list(people)
lst.sort(key=lambda p: p[0], reverse=True)
lst.sort(key=lambda p: p[1])
print(lst)
words = ["b", "A", "a", "B", "c", "C"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
nums = [3, -1, -3, 1, 2, -2]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (abs(n), n)))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")], reverse=True))
print(sorted([0.5, -0.0, 0.0, -1, 1]), sorted("banana"), sorted(range(5), key=lambda x: -x))
