if node.left = None:
    pass
