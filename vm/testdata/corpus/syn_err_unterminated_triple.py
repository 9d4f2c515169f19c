x = """unterminated

print(1)
