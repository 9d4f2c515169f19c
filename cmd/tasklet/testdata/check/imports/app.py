import helpers
import shared

helpers.start(1)
helpers.stop()
shared.greet("you", "me")
