if x:
    y = 1;
x = 1; y = 2;
if x: y = 1; z = 2;
def f(): x = 1;
class C: pass;
try:
    x = 1
finally:
    y = 2;
if a:
    b
else:
    c;
for x in y: pass;  # c
global x; x = 1
