namespace = {}
exec "x = 1" in namespace
