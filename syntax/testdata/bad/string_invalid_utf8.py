greeting = "café"  # Latin-1, no cookie
