x = "\N{NO SUCH NAME}"  # why
