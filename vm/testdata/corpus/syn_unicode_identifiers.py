café = "coffee"
π = 3.14159
日本 = "japan"
def größe(x):
    return x * 2
class Ünïcode:
    ñ = 1
print(café, π, 日本, größe(2), Ünïcode.ñ, Ünïcode.__name__)
ﬁ = "ligature normalizes to fi"
print(fi)
