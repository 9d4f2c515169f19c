import sys
n = 0
print("ready")
sys.stdout.flush()
while True:
    n += 1
