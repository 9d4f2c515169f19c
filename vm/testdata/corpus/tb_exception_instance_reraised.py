saved = None
def capture():
    global saved
    try:
        {}["x"]
    except KeyError as e:
        saved = e
capture()
print("raising saved exception again")
raise saved
