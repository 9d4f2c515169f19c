import os.path  # @hover("path", "(module) os.path")
from stackless import tasklet, channel  # @hover("channel", "rendezvous")
import stack  # @complete("import stack", "stackless")
import os.pa  # @complete("import os.pa", "path")
from stackless import ru  # @complete("from stackless import ru", "run", "runcount")

print(os.path.join("a"), tasklet, channel)  # @hover("join", "def join(path, *paths) -> str")
