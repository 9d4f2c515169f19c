"""Tasklets (lightweight threads that the program schedules itself), channels between them, and the scheduler."""

class tasklet:
    """A lightweight thread running a callable. tasklet(func) binds func; calling the tasklet with the arguments, tasklet(func)(*args, **kwargs), schedules it to run when the scheduler next gets to it."""
    alive: bool
    """True until the tasklet's function returns or raises."""
    blocked: bool
    """True while the tasklet waits on a channel."""
    scheduled: bool
    """True while the tasklet is in the run queue or blocked on a channel."""
    paused: bool
    """True when the tasklet is alive but neither scheduled nor blocked."""
    atomic: bool
    """True inside set_atomic(True): the tasklet is not preempted."""
    block_trap: bool
    """Set it to True to make any blocking channel operation raise RuntimeError instead."""
    ignore_nesting: bool
    is_current: bool
    """True for the tasklet that is running now."""
    is_main: bool
    """True for the main tasklet, the one the program started in."""
    restorable: bool
    next: tasklet
    """The next tasklet in the chain (run queue or channel) this one is linked into."""
    prev: tasklet
    """The previous tasklet in the chain this one is linked into."""
    tempval: object
    """The value that schedule_remove() or a channel hands to the tasklet when it resumes."""
    frame: object
    recursion_depth: int
    nesting_level: int
    thread_id: int
    trace_function: object
    profile_function: object
    def __init__(self, func=None, args=None, kwargs=None):
        """Make a tasklet bound to func. It does not run until it also has arguments: call it, or use setup(), or bind() with args and then insert()."""
    def __call__(self, *args, **kwargs) -> tasklet:
        """Give the bound function its arguments and schedule the tasklet; returns the tasklet."""
    def bind(self, func=None, args=None, kwargs=None) -> tasklet:
        """Bind the tasklet to func, and optionally to its arguments, without scheduling it. bind(None) unbinds a paused tasklet."""
    def setup(self, *args, **kwargs) -> tasklet:
        """Give the bound function its arguments and schedule the tasklet, as calling it does."""
    def insert(self) -> tasklet:
        """Put the tasklet at the end of the run queue (a blocked tasklet only a channel can wake)."""
    def remove(self) -> tasklet:
        """Take the tasklet out of the run queue; it stays alive, paused."""
    def run(self):
        """Switch to this tasklet now; the current one stays scheduled and runs again in its turn."""
    def switch(self):
        """Switch to this tasklet now and pause the current one, without using the run queue."""
    def kill(self, pending=False):
        """End the tasklet by raising TaskletExit in it (at once, or when it next runs if pending)."""
    def throw(self, exc=None, val=None, tb=None, pending=False):
        """Raise an exception in the tasklet, as a raise statement would there."""
    def raise_exception(self, exc_class, *args):
        """Raise exc_class(*args) in the tasklet and switch to it."""
    def set_atomic(self, flag) -> bool:
        """Turn preemption of the tasklet off (True) or on; returns the previous setting."""
    def set_ignore_nesting(self, flag) -> bool:
        """Set whether the tasklet may be switched out while it is nested in a C call, and return the old setting."""
    def bind_thread(self, thread_id=None):
        """Bind the tasklet to a thread; the VM has one thread, so this changes nothing."""

class channel:
    """A rendezvous between tasklets: send() blocks until a receiver takes the value, receive() until a sender provides one."""
    balance: int
    """The number of tasklets waiting to send (positive) or to receive (negative)."""
    preference: int
    """Who runs on after a transfer: -1 the receiver (the default), 1 the sender, 0 neither."""
    schedule_all: bool
    """When set, every transfer schedules both tasklets instead of switching to one."""
    closing: bool
    """True once close() was called."""
    closed: bool
    """True once close() was called and no tasklet waits on the channel."""
    queue: tasklet
    """The first tasklet waiting on the channel, or None."""
    def __init__(self):
        """Make a channel: a rendezvous point where a send waits for a receive and a receive for a send."""
    def send(self, value):
        """Send value to a receiver, blocking until one takes it."""
    def receive(self):
        """Receive a value from a sender, blocking until one sends."""
    def send_exception(self, exc, *args):
        """Raise exc(*args) in the receiver instead of giving it a value; send_exception(StopIteration) ends a receiver's for loop."""
    def send_throw(self, exc, val=None, tb=None):
        """Raise an exception in the receiver, with the semantics of a raise statement."""
    def send_sequence(self, seq) -> int:
        """Send every item of seq in turn; returns how many were sent."""
    def open(self):
        """Reopen a closed channel."""
    def close(self):
        """Refuse any further operation that would make a tasklet wait on the channel."""
    def __iter__(self):
        """A channel is its own iterator: a for loop over it receives until StopIteration is sent."""
    def __next__(self):
        """Receive the next value, as receive() does; raises StopIteration when that is what arrives."""

class atomic:
    """A context manager: inside with stackless.atomic(), the current tasklet is not preempted."""
    def __init__(self):
        """Make a context manager that keeps the current tasklet from being switched out by the scheduler's preemption."""
    def __enter__(self):
        """Make the current tasklet atomic until the with block ends."""
    def __exit__(self, *args):
        """Restore the tasklet's atomic setting from before the with block."""

class bomb:
    """An exception packaged to be sent over a channel and raised in the receiver."""
    type: object
    value: object
    traceback: object
    def __init__(self, exc_type=None, exc_value=None, exc_traceback=None):
        """Hold an exception to be sent through a channel and raised by the receiver."""
    def raise_(self):
        """Raise the exception the bomb holds."""

current: tasklet
"""The tasklet that is running now."""
main: tasklet
"""The main tasklet, the one the program started in."""
runcount: int
"""The number of runnable tasklets, the current one included."""
threads: list
pickle_with_tracing_state: bool
PICKLEFLAGS_PRESERVE_TRACING_STATE: int
PICKLEFLAGS_PRESERVE_AG_FINALIZER: int
PICKLEFLAGS_RESET_AG_FINALIZER: int

def run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False) -> tasklet:
    """Run the scheduled tasklets until none is runnable. With a timeout (in instructions), preempt a tasklet that runs that long and return it, or with totaltimeout return once the scheduler has run that long."""
def schedule(retval=None):
    """Let the other runnable tasklets run; the current tasklet goes to the end of the run queue. Returns retval (the current tasklet by default)."""
def schedule_remove(retval=None):
    """Like schedule(), but the current tasklet leaves the run queue until something inserts it again."""
def getcurrent() -> tasklet:
    """The tasklet that is running now."""
def getmain() -> tasklet:
    """The main tasklet."""
def getruncount() -> int:
    """The number of runnable tasklets, the current one included."""
def set_channel_callback(callable):
    """Call callable(channel, tasklet, sending, willblock) on every channel operation; None removes it. Returns the previous one."""
def get_channel_callback():
    """The channel callback, or None."""
def set_schedule_callback(callable):
    """Call callable(prev, next) on every switch between tasklets; None removes it. Returns the previous one."""
def get_schedule_callback():
    """The schedule callback, or None."""
def get_thread_info(thread_id) -> tuple:
    """The (main tasklet, current tasklet, runcount) of a thread; the VM has one thread."""
def switch_trap(change) -> int:
    """Add change to the switch trap level; while it is not zero, any switch raises RuntimeError. Returns the previous level."""
def enable_softswitch(flag) -> bool:
    """Turn soft switching on or off and return the old setting; the VM always soft-switches."""
def pickle_flags_default(new_default=-1, mask=-1) -> int:
    """Set the default pickle flags of new tasklets and return the old ones; the VM does not pickle tasklets."""
def pickle_flags(new_flags=-1, mask=-1) -> int:
    """Set the pickle flags and return the old ones; the VM does not pickle tasklets."""
