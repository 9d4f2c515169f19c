import stackless
import time
from time import sleep


def helper():
    sleep(0.5)  # want "TL006"


def worker():
    time.sleep(1)  # want "TL006"
    helper()


time.sleep(0.1)
stackless.tasklet(worker)()
stackless.run()
