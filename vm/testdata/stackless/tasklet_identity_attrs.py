# expected: by hand, tasklets.rst, tasklet.is_main/is_current/thread_id/nesting_level/restorable; stackless.rst, get_thread_info and threads
# (PyPy differs: its tasklets have none of these attributes)
# is_main, is_current, thread_id, nesting_level and restorable, and the
# module's view of the thread: get_thread_info() and threads.
import stackless

m = stackless.getmain()
print("main", m.is_main, m.is_current)
ch = stackless.channel()
def w():
    me = stackless.getcurrent()
    print("tasklet", me.is_main, me.is_current, m.is_current)
    print("same thread", me.thread_id == m.thread_id)
    print("nesting_level", me.nesting_level)
    main, current, runcount = stackless.get_thread_info(me.thread_id)
    print("thread info", main is m, current is me, runcount == stackless.getruncount())
    ch.receive()

t = stackless.tasklet(w)()
print("before run", t.is_main, t.is_current)
stackless.run()
print("blocked", t.is_current, "restorable", t.restorable)
print("threads", len(stackless.threads), stackless.threads[0] == m.thread_id)
main, current, runcount = stackless.get_thread_info(m.thread_id)
print("main thread info", main is m, current is m, runcount)
print(type(m.thread_id).__name__, type(t.nesting_level).__name__)
ch.send(None)
