# expected: by hand, stackless.rst, Functions (the signatures of run, schedule, switch_trap and the callbacks)
# (PyPy differs: several of these functions are missing or take other arguments)
# Wrong arguments to the module's functions are TypeErrors and change
# nothing.
import stackless

cases = [
    ("run(nope=1)", lambda: stackless.run(nope=1)),
    ("run(1, 2, 3, 4, 5, 6)", lambda: stackless.run(1, 2, 3, 4, 5, 6)),
    ("run('x')", lambda: stackless.run("x")),
    ("schedule(1, 2)", lambda: stackless.schedule(1, 2)),
    ("schedule_remove(1, 2)", lambda: stackless.schedule_remove(1, 2)),
    ("switch_trap()", lambda: stackless.switch_trap()),
    ("switch_trap('x')", lambda: stackless.switch_trap("x")),
    ("set_channel_callback()", lambda: stackless.set_channel_callback()),
    ("set_schedule_callback()", lambda: stackless.set_schedule_callback()),
    ("getcurrent(1)", lambda: stackless.getcurrent(1)),
    ("getmain(1)", lambda: stackless.getmain(1)),
    ("getruncount(1)", lambda: stackless.getruncount(1)),
    ("get_channel_callback(1)", lambda: stackless.get_channel_callback(1)),
    ("get_schedule_callback(1)", lambda: stackless.get_schedule_callback(1)),
    ("enable_softswitch()", lambda: stackless.enable_softswitch()),
]
for label, call in cases:
    try:
        call()
        print(label, "no error")
    except TypeError:
        print(label, "TypeError")
print(stackless.switch_trap(0), stackless.get_channel_callback(), stackless.get_schedule_callback(), stackless.getruncount())
