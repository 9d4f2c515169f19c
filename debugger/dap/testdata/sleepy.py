import time
print("sleeping")
time.sleep(60)
print("woke")
