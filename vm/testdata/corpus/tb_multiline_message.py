raise ValueError("first line\nsecond line\n  indented third")
