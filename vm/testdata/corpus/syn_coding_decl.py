# -*- coding: utf-8 -*-
# comment with accents: éà
print("coding declaration ok", "é")
