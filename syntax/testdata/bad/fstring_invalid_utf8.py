msg = f"\n{name}: â‚"
