def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines
text = ("Stackless Python is an enhanced version of the Python programming language. "
        "It allows programmers to reap the benefits of thread-based programming "
        "without the performance and complexity problems associated with conventional threads.")
for w in (30, 45):
    print("-" * w)
    for line in wrap(text, w):
        print("|" + line.ljust(w) + "|")
    for line in wrap(text, w)[:2]:
        print("|" + line.center(w, ".") + "|")
        print("|" + line.rjust(w) + "|")
print(text.count("the"), text.title()[:40], text.swapcase()[:20])
