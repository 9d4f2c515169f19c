package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// Methods of tasklets and channels that switch to another tasklet, or may.
var (
	switchingTaskletMethods = map[string]bool{"run": true, "switch": true, "kill": true, "throw": true, "raise_exception": true}
	switchingFuncs          = map[string]bool{"run": true, "schedule": true, "schedule_remove": true}
)

// checkTaskletsNeverRun (TL003) reports tasklets that the main tasklet
// schedules when nothing it does afterwards ever lets them run: it never
// calls stackless.run() or schedule(), never switches to a tasklet and
// never blocks on a channel. The program ends, and the tasklets with it,
// before any of them starts.
func checkTaskletsNeverRun(r *Result) []Diagnostic {
	facts := r.tasklets()
	reach := r.mainReachable()
	if reach == nil {
		return nil
	}
	var out []Diagnostic
	for _, cs := range facts.creations {
		outer, ok := facts.parents.of(cs.call).(*syntax.Call)
		if !ok || outer.Func != cs.call || !reach[enclosingFunc(cs.scope)] {
			continue
		}
		d := Diagnostic{Range: outer.Range, Severity: Warning, Code: "TL003",
			Message: "this tasklet is scheduled but never runs: the main tasklet never calls stackless.run() or schedule(), switches to a tasklet or waits on a channel, so the program ends before the tasklet starts"}
		if fix, ok := r.addRunFix(); ok {
			d.Fixes = []Fix{fix}
		}
		if body := r.File.Body; len(body) > 0 {
			d.Related = []Related{{Range: body[len(body)-1].Span(), Message: "the main tasklet's code ends here without letting a tasklet run"}}
		}
		out = append(out, d)
	}
	return out
}

// mainReachable returns the functions the main tasklet may run (nil stands
// for module-level code) when none of them can switch to another tasklet;
// it returns nil when one can, or when the main tasklet calls code that
// analysis cannot see.
func (r *Result) mainReachable() map[syntax.Node]bool {
	reach := map[syntax.Node]bool{nil: true}
	work := []syntax.Node{nil}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, cs := range r.tasklets().callsIn[fn] {
			callee, switches := r.switchingCall(cs)
			if switches {
				return nil
			}
			if callee != nil && !reach[callee] {
				reach[callee] = true
				work = append(work, callee)
			}
		}
	}
	for _, op := range r.channelOps() {
		if reach[enclosingFunc(op.scope)] {
			return nil
		}
	}
	return reach
}

// switchingCall says whether a call may switch tasklets by itself, or else
// which function of this file it runs (whose body may).
func (r *Result) switchingCall(cs callSite) (syntax.Node, bool) {
	t := r.funcType(cs.call, cs.scope)
	attr, isAttr := cs.call.Func.(*syntax.Attribute)
	switch t.Kind {
	case FuncType:
		f := t.Func
		switch {
		case f.Mod.Stub && f.Mod.Name == "stackless" && f.Class == nil:
			return nil, switchingFuncs[f.Name()]
		case f.Mod.Stub && f.Class != nil && r.derivesFrom(f.Class, "tasklet", 0):
			return nil, switchingTaskletMethods[f.Name()]
		case f.Mod.Stub && f.Class != nil && r.derivesFrom(f.Class, "channel", 0):
			return nil, sendMethods[f.Name()] || receiveMethods[f.Name()]
		case f.Mod.Stub:
			return nil, false
		case f.Mod == r.Module:
			return f.node(), false
		}
		return nil, true
	case ClassType:
		if t.Class.Mod.Stub {
			return nil, false
		}
		if t.Class.Mod != r.Module {
			return nil, true
		}
		if init, _ := r.classMember(t.Class, "__init__", false, map[*syntax.ClassDef]bool{}); init != nil {
			if it := r.SymbolType(init); it.Kind == FuncType && it.Func.Mod == r.Module {
				return it.Func.node(), false
			}
		}
		return nil, false
	case InstanceType:
		return nil, !t.Class.Mod.Stub
	}
	if isAttr {
		// A method of something analysis cannot type: it may be a tasklet's
		// or a channel's, or a method of a class of this file.
		name := attr.Attr.Id
		if switchingTaskletMethods[name] || sendMethods[name] || receiveMethods[name] || switchingFuncs[name] {
			return nil, true
		}
		if xt := r.TypeOf(attr.X, cs.scope); xt.Kind == ModuleType && !xt.Module.Stub {
			return nil, true
		}
		return nil, r.definesMethod(name)
	}
	if n, ok := cs.call.Func.(*syntax.Name); ok {
		if sym := r.Names[n]; sym != nil && sym.Kind == ImportSymbol {
			return nil, true
		}
	}
	return nil, false
}

// definesMethod reports whether a class of this file defines a method
// called name, which an untyped call of that name might reach.
func (r *Result) definesMethod(name string) bool {
	for _, s := range allScopes(r.Module.Scope) {
		if s.Kind == ClassScope && s.Symbols[name] != nil {
			return true
		}
	}
	return false
}

// stacklessName is the name under which the file imports the stackless
// module at module level, or "".
func (r *Result) stacklessName() string {
	for _, sym := range r.Module.Scope.Sorted() {
		for _, d := range sym.Defs {
			if d.Kind == ImportSymbol && d.Module == "stackless" && d.Member == "" {
				return sym.Name
			}
		}
	}
	return ""
}

// addRunFix appends a call of stackless.run() at the end of the file.
func (r *Result) addRunFix() (Fix, bool) {
	name := r.stacklessName()
	if name == "" {
		return Fix{}, false
	}
	end := r.File.End
	text := fmt.Sprintf("%s.run()\n", name)
	if len(r.Src) > 0 && r.Src[len(r.Src)-1] != '\n' {
		text = "\n" + text
	}
	return Fix{Title: fmt.Sprintf("Run the scheduler: add %s.run() at the end", name), Edits: []Edit{{Range: syntax.Range{Start: end, End: end}, New: text}}}, true
}
