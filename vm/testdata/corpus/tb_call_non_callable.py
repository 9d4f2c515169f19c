handlers = {"greet": "not a function"}
handlers["greet"]("bob")
