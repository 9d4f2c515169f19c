def log(msg):
    return print "log:", msg
