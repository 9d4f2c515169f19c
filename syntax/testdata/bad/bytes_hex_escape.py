x = b"ab\x4g"
