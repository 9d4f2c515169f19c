match = 1
case = match
print(match, case)
