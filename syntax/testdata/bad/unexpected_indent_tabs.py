import stackless

		x = 1
