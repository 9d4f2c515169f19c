import stackless

ch = stackless.channel()
print("start")
ch.receive()  # want "TL005" "TL004"
