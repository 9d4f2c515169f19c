total = max(values key=abs)
