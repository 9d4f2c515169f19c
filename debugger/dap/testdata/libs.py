import heapq
import os

h = []
heapq.heappush(h, 3)
print(os.environ.get("TASKLET_DAP_TEST"), os.path.basename(os.getcwd()))
