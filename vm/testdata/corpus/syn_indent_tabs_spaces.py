if True:
	x = 1
	if x:
		y = 2
		print("tabs", x, y)
for i in range(2):
        print("eight", i)
        if i:
          print("ten", i)
def f():
  return 3
print(f())
class C:
    def m(self):
     return "five"
print(C().m())
