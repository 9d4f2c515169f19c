if ready  # wait
    go()
