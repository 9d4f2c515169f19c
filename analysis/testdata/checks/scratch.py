import stackless
import os  # want "unused-import"
stackless.chanel()  # want "did you mean 'channel'"
