import stackless

while stackless.getruncount() > 1
    stackless.schedule()
