# coding: ascii
name = "José"
