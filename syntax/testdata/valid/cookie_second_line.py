#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
name = "José"
if name: greeting = "olá"
