x = "café \x4"
