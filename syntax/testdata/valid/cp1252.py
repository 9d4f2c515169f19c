# -*- coding: cp1252 -*-
# Prices in €, quoted “like this”.
price = "€ 12"
quote = "“ok”"; label = "naïve"
