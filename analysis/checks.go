package analysis

// A check is one kind of problem analysis looks for. Each lives in its own
// file, named after it.
type check func(r *Result) []Diagnostic

// checks run in this order; their diagnostics are sorted afterwards.
var checks = []check{
	checkSyntax,
	checkUndefined,
	checkUnused,
	checkRedefined,
	checkUnreachable,
	checkContext,
	checkCalls,
	checkAttributes,
	checkImportedNames,
	checkTaskletNeverScheduled,
	checkTaskletCalledFunction,
	checkTaskletsNeverRun,
	checkChannelOneSided,
	checkMainDeadlock,
	checkSleepInTasklet,
	checkSwallowedTaskletExit,
	checkBlockingInAtomic,
	checkSendAfterClose,
	checkTaskletArgs,
	checkUnendedChannelLoop,
	checkNonYieldingLoop,
	checkWaitCycle,
}

func runChecks(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, c := range checks {
		out = append(out, c(r)...)
	}
	return out
}

// checkSyntax reports the parser's errors. Code is the exception CPython
// raises: SyntaxError, IndentationError or TabError.
func checkSyntax(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, e := range r.SyntaxErrors {
		out = append(out, Diagnostic{Range: e.Range, Severity: Error, Code: e.Kind.String(), Message: e.Msg})
	}
	return out
}
