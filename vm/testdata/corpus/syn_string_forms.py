print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n')
print(r'raw\n\t', R"raw\d+", rb'\x00'.hex() if False else 'skip')
print('\x41\101\u00e9\U0001F600'.encode('utf-8'))
print(len('\N{GREEK SMALL LETTER ALPHA}'), '\N{GREEK SMALL LETTER ALPHA}')
print('adjacent' ' strings' " concat")
print("""multi
line
string""")
print('''a 'quoted' "mix"''')
print(b'bytes', B"BYTES", br'raw\bytes', Rb'x\y')
print(b'\x00\xff\n'.hex(), list(b'AB'))
print('\a\b\f\v\r'.encode())
print(repr('\0'), repr('\177'), repr('\x7f'))
s = 'back\
slash'
print(s)
print(u'unicode prefix')
print(repr(r'\''), repr(r"\""))
print("é", len("é"), "日本語", len("日本語"))
