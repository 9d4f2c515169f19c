package syntax

// Walk calls fn for n and then, if fn returns true, for each of n's
// children in source order, recursively. Nil nodes are skipped.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	walkChildren(n, fn)
}

func walkExprs(xs []Expr, fn func(Node) bool) {
	for _, x := range xs {
		if x != nil {
			Walk(x, fn)
		}
	}
}

func walkStmts(ss []Stmt, fn func(Node) bool) {
	for _, s := range ss {
		Walk(s, fn)
	}
}

func walkOpt(x Expr, fn func(Node) bool) {
	if x != nil {
		Walk(x, fn)
	}
}

func walkName(n *Name, fn func(Node) bool) {
	if n != nil {
		Walk(n, fn)
	}
}

func walkChildren(n Node, fn func(Node) bool) {
	switch n := n.(type) {
	case *File:
		walkStmts(n.Body, fn)
	case *Name, *BasicLit, *BadExpr, *BranchStmt:
	case *FString:
		walkExprs(n.Values, fn)
	case *FormattedValue:
		Walk(n.Value, fn)
		if n.Spec != nil {
			Walk(n.Spec, fn)
		}
	case *Tuple:
		walkExprs(n.Elts, fn)
	case *List:
		walkExprs(n.Elts, fn)
	case *Set:
		walkExprs(n.Elts, fn)
	case *Dict:
		for i := range n.Values {
			walkOpt(n.Keys[i], fn)
			Walk(n.Values[i], fn)
		}
	case *Comp:
		walkOpt(n.Key, fn)
		Walk(n.Elt, fn)
		for _, f := range n.For {
			Walk(f, fn)
		}
	case *CompFor:
		Walk(n.Target, fn)
		Walk(n.Iter, fn)
		walkExprs(n.Ifs, fn)
	case *Attribute:
		Walk(n.X, fn)
		Walk(n.Attr, fn)
	case *Subscript:
		Walk(n.X, fn)
		Walk(n.Index, fn)
	case *Slice:
		walkOpt(n.Lo, fn)
		walkOpt(n.Hi, fn)
		walkOpt(n.Step, fn)
	case *Call:
		Walk(n.Func, fn)
		walkCallArgs(n.Args, n.Keywords, fn)
	case *Keyword:
		walkName(n.Name, fn)
		Walk(n.Value, fn)
	case *Starred:
		Walk(n.Value, fn)
	case *UnaryExpr:
		Walk(n.X, fn)
	case *BinaryExpr:
		Walk(n.X, fn)
		Walk(n.Y, fn)
	case *Compare:
		Walk(n.Left, fn)
		walkExprs(n.Right, fn)
	case *IfExp:
		// Source order: body if test else orelse.
		Walk(n.Body, fn)
		Walk(n.Test, fn)
		Walk(n.Orelse, fn)
	case *Lambda:
		Walk(n.Params, fn)
		Walk(n.Body, fn)
	case *NamedExpr:
		// A case pattern "p as name" is stored with the name last in source.
		if n.Target.Start.Before(n.Value.Span().Start) {
			Walk(n.Target, fn)
			Walk(n.Value, fn)
		} else {
			Walk(n.Value, fn)
			Walk(n.Target, fn)
		}
	case *Yield:
		walkOpt(n.Value, fn)
	case *Await:
		Walk(n.Value, fn)
	case *Params:
		for _, p := range n.List {
			Walk(p, fn)
		}
	case *Param:
		Walk(n.Name, fn)
		walkOpt(n.Annotation, fn)
		walkOpt(n.Default, fn)
	case *ExprStmt:
		Walk(n.X, fn)
	case *Assign:
		walkExprs(n.Targets, fn)
		Walk(n.Value, fn)
	case *AugAssign:
		Walk(n.Target, fn)
		Walk(n.Value, fn)
	case *AnnAssign:
		Walk(n.Target, fn)
		Walk(n.Annotation, fn)
		walkOpt(n.Value, fn)
	case *Delete:
		walkExprs(n.Targets, fn)
	case *Return:
		walkOpt(n.Value, fn)
	case *Raise:
		walkOpt(n.Exc, fn)
		walkOpt(n.Cause, fn)
	case *Global:
		for _, name := range n.Names {
			Walk(name, fn)
		}
	case *Import:
		for _, a := range n.Names {
			Walk(a, fn)
		}
	case *ImportFrom:
		if n.Module != nil {
			Walk(n.Module, fn)
		}
		for _, a := range n.Names {
			Walk(a, fn)
		}
	case *DottedName:
		for _, name := range n.Names {
			Walk(name, fn)
		}
	case *Alias:
		Walk(n.Name, fn)
		walkName(n.AsName, fn)
	case *Assert:
		Walk(n.Test, fn)
		walkOpt(n.Msg, fn)
	case *If:
		Walk(n.Test, fn)
		walkStmts(n.Body, fn)
		walkStmts(n.Orelse, fn)
	case *While:
		Walk(n.Test, fn)
		walkStmts(n.Body, fn)
		walkStmts(n.Orelse, fn)
	case *For:
		Walk(n.Target, fn)
		Walk(n.Iter, fn)
		walkStmts(n.Body, fn)
		walkStmts(n.Orelse, fn)
	case *With:
		for _, it := range n.Items {
			Walk(it, fn)
		}
		walkStmts(n.Body, fn)
	case *WithItem:
		Walk(n.Context, fn)
		walkOpt(n.Target, fn)
	case *Try:
		walkStmts(n.Body, fn)
		for _, h := range n.Handlers {
			Walk(h, fn)
		}
		walkStmts(n.Orelse, fn)
		walkStmts(n.Finally, fn)
	case *ExceptHandler:
		walkOpt(n.Type, fn)
		walkName(n.Name, fn)
		walkStmts(n.Body, fn)
	case *FuncDef:
		walkExprs(n.Decorators, fn)
		Walk(n.Name, fn)
		Walk(n.Params, fn)
		walkOpt(n.Returns, fn)
		walkStmts(n.Body, fn)
	case *ClassDef:
		walkExprs(n.Decorators, fn)
		Walk(n.Name, fn)
		walkCallArgs(n.Bases, n.Keywords, fn)
		walkStmts(n.Body, fn)
	case *Match:
		Walk(n.Subject, fn)
		for _, c := range n.Cases {
			Walk(c, fn)
		}
	case *MatchCase:
		Walk(n.Pattern, fn)
		walkOpt(n.Guard, fn)
		walkStmts(n.Body, fn)
	case *BadStmt:
		walkStmts(n.Body, fn)
	}
}

// walkCallArgs visits positional and keyword arguments in source order
// (they may interleave: f(a, k=1, *b)).
func walkCallArgs(args []Expr, kws []*Keyword, fn func(Node) bool) {
	i, j := 0, 0
	for i < len(args) || j < len(kws) {
		if j >= len(kws) || (i < len(args) && args[i].Span().Start.Before(kws[j].Start)) {
			Walk(args[i], fn)
			i++
		} else {
			Walk(kws[j], fn)
			j++
		}
	}
}

// PathTo returns the chain of nodes from root down to the innermost node
// whose range contains the byte offset off, or nil if root does not
// contain it. When two siblings touch at off (as in "a.b" at the dot's
// edge), the later one wins, since a cursor belongs to the token it
// precedes.
func PathTo(root Node, off int32) []Node {
	if !root.Span().Contains(off) {
		return nil
	}
	path := []Node{root}
	for {
		var next Node
		walkChildren(path[len(path)-1], func(n Node) bool {
			if n.Span().Contains(off) {
				next = n
			}
			return false
		})
		if next == nil {
			return path
		}
		path = append(path, next)
	}
}

// NodeAt returns the innermost node containing the byte offset off.
func NodeAt(root Node, off int32) Node {
	path := PathTo(root, off)
	if len(path) == 0 {
		return nil
	}
	return path[len(path)-1]
}
