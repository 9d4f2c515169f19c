TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise KeyError(f"no transition from {self.state!r} on {event!r}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self
m = Machine()
for ev in ["start", "pause", "resume", "stop", "resume", "start"]:
    try:
        m.fire(ev)
        print(f"{ev:>7} -> {m.state}")
    except KeyError as e:
        print(f"{ev:>7} !! {e}")
print(" > ".join(m.history))
print(sorted({s for s, _ in TRANSITIONS}), len(TRANSITIONS))
