package analysis

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// Hover describes the identifier at off in Markdown: a Python code block
// with its kind, signature or inferred type, then its documentation.
func (r *Result) Hover(off int32) (string, syntax.Range, bool) {
	t, ok := r.TargetAt(off)
	if !ok {
		return "", syntax.Range{}, false
	}
	if t.Module != nil {
		return codeBlock("(module) "+t.Module.Name) + moduleDoc(t.Module), t.Name.Range, true
	}
	if t.Symbol == nil {
		return "", syntax.Range{}, false
	}
	return r.Describe(t.Symbol), t.Name.Range, true
}

// Describe renders a symbol for hover and completion documentation.
func (r *Result) Describe(sym *Symbol) string {
	head, doc := r.describe(sym)
	if doc != "" {
		return codeBlock(head) + "\n" + doc
	}
	return codeBlock(head)
}

// Detail is the one-line summary of a symbol: its signature or type.
func (r *Result) Detail(sym *Symbol) string {
	head, _ := r.describe(sym)
	return head
}

func (r *Result) describe(sym *Symbol) (string, string) {
	t := r.SymbolType(sym)
	switch {
	case sym.Kind == FuncSymbol && t.Kind == FuncType:
		return funcHead(t.Func), docOf(t.Func.Def.Body)
	case sym.Kind == ClassSymbol && t.Kind == ClassType:
		return r.classHead(t.Class), docOf(t.Class.Def.Body)
	case sym.Kind == ImportSymbol && t.Kind == ModuleType:
		return "(module) " + t.Module.Name, moduleDoc(t.Module)
	case t.Kind == FuncType && t.Func.Def != nil && t.Func.Def.Name.Id == sym.Name:
		return funcHead(t.Func), docOf(t.Func.Def.Body)
	case t.Kind == ClassType && t.Class.Def.Name.Id == sym.Name:
		return r.classHead(t.Class), docOf(t.Class.Def.Body)
	}
	kind := "variable"
	switch {
	case sym.Kind == ParamSymbol:
		kind = "parameter"
	case sym.Scope != nil && sym.Scope.Kind == ClassScope:
		kind = "attribute"
	case sym.Scope != nil && sym.Scope.Kind == FunctionScope && isInstanceAttr(sym):
		kind = "attribute"
	}
	head := fmt.Sprintf("(%s) %s", kind, sym.Name)
	if ts := TypeString(t); ts != "" {
		head += ": " + ts
	}
	return head, attrDoc(sym)
}

func isInstanceAttr(sym *Symbol) bool {
	return sym.Scope.Symbols[sym.Name] != sym
}

// TypeString renders a type as Python would annotate it, or "" when it is
// unknown.
func TypeString(t Type) string {
	switch t.Kind {
	case ModuleType:
		return "Module[" + t.Module.Name + "]"
	case ClassType:
		return "type[" + t.Class.Name() + "]"
	case InstanceType:
		return t.Class.Name()
	case FuncType:
		s := "(" + strings.Join(ParamLabels(t.Func), ", ") + ")"
		if ret := ReturnLabel(t.Func); ret != "" {
			s += " -> " + ret
		}
		return s
	}
	return ""
}

func funcHead(f *Func) string {
	kind := "function"
	name := f.Name()
	if f.Class != nil {
		kind = "method"
		name = f.Class.Name() + "." + name
	}
	s := fmt.Sprintf("(%s) def %s(%s)", kind, name, strings.Join(ParamLabels(f), ", "))
	if ret := ReturnLabel(f); ret != "" {
		s += " -> " + ret
	}
	return s
}

func (r *Result) classHead(c *Class) string {
	var bases []string
	for _, b := range c.Def.Bases {
		bases = append(bases, c.Mod.Result.exprText(b))
	}
	s := "(class) class " + c.Name()
	if len(bases) > 0 {
		s += "(" + strings.Join(bases, ", ") + ")"
	}
	if init, _ := r.classMember(c, "__init__", false, map[*syntax.ClassDef]bool{}); init != nil {
		if it := r.SymbolType(init); it.Kind == FuncType && it.Func.Class != nil && it.Func.Class.Name() != "object" {
			labels := ParamLabels(it.Func)
			if len(labels) > 0 {
				labels = labels[1:]
			}
			s += "\n" + c.Name() + "(" + strings.Join(labels, ", ") + ")"
		}
	}
	return s
}

// docOf is the docstring of a body, trimmed of its common indentation.
func docOf(body []syntax.Stmt) string {
	lit, ok := syntax.Docstring(body)
	if !ok {
		return ""
	}
	s, _ := lit.Value.(string)
	return cleanDoc(s)
}

func moduleDoc(m *Module) string { return docOf(m.Result.File.Body) }

// attrDoc is the string literal that follows an attribute's definition,
// the convention the stubs use to document attributes.
func attrDoc(sym *Symbol) string {
	if len(sym.Defs) == 0 || sym.Scope == nil {
		return ""
	}
	stmt := sym.Defs[0].Node
	var body []syntax.Stmt
	switch n := sym.Scope.Node.(type) {
	case *syntax.File:
		body = n.Body
	case *syntax.ClassDef:
		body = n.Body
	default:
		return ""
	}
	for i, s := range body {
		if syntax.Node(s) == stmt && i+1 < len(body) {
			return docOf(body[i+1 : i+2])
		}
	}
	return ""
}

func cleanDoc(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	indent := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	for i := 1; i < len(lines); i++ {
		if indent > 0 && len(lines[i]) >= indent {
			lines[i] = lines[i][indent:]
		}
	}
	return strings.Join(lines, "\n")
}

func codeBlock(s string) string { return "```python\n" + s + "\n```\n" }
