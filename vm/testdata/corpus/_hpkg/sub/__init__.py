SUB = "sub init"
