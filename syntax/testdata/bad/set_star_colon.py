merged = {*defaults: 1}
