package analysis

// checkSleepInTasklet (TL006) reports time.sleep() in code that runs in a
// tasklet. Tasklets share one thread: sleeping stops all of them, not just
// the caller, and no other tasklet runs until it returns.
func checkSleepInTasklet(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, cs := range r.calls {
		if !isStubFunc(r.funcType(cs.call, cs.scope), "time", "sleep") || !r.inTasklet(cs.scope) {
			continue
		}
		out = append(out, Diagnostic{Range: cs.call.Range, Severity: Warning, Code: "TL006", Related: r.runningTasklet(enclosingFunc(cs.scope)),
			Message: "time.sleep() in a tasklet blocks the whole thread: no other tasklet runs until it returns; to wait, block on a channel or call stackless.schedule() in a loop"})
	}
	return out
}
