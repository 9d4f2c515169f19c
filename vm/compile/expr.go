package compile

import (
	"tasklet/syntax"
)

func binOpOf(k syntax.TokenKind) BinOp {
	switch k {
	case syntax.PLUS:
		return Add
	case syntax.MINUS:
		return Sub
	case syntax.STAR:
		return Mul
	case syntax.SLASH:
		return TrueDiv
	case syntax.DOUBLESLASH:
		return FloorDiv
	case syntax.PERCENT:
		return Mod
	case syntax.DOUBLESTAR:
		return Pow
	case syntax.LEFTSHIFT:
		return LShift
	case syntax.RIGHTSHIFT:
		return RShift
	case syntax.AMPER:
		return And
	case syntax.VBAR:
		return Or
	case syntax.CIRCUMFLEX:
		return Xor
	}
	return MatMul
}

func (c *compiler) expr(x syntax.Expr) {
	old := c.setPos(x)
	defer func() { c.u.pos = old }()
	switch x := x.(type) {
	case *syntax.Name:
		c.loadName(x.Id)
	case *syntax.BasicLit:
		c.literal(x)
	case *syntax.FString:
		c.fstring(x)
	case *syntax.Tuple:
		if !c.starredDisplay(x.Elts, BUILD_TUPLE) {
			if k, ok := constTuple(x.Elts); ok {
				c.loadConst(k)
			} else {
				c.exprs(x.Elts)
				c.emit(BUILD_TUPLE, len(x.Elts))
			}
		}
	case *syntax.List:
		if !c.starredDisplay(x.Elts, BUILD_LIST) {
			c.exprs(x.Elts)
			c.emit(BUILD_LIST, len(x.Elts))
		}
	case *syntax.Set:
		if k, ok := constTuple(x.Elts); ok && len(k) > 2 {
			// CPython builds a display of more than two constants from a
			// frozenset constant; the set's layout, and so its iteration
			// order, comes from that.
			c.emit(BUILD_SET, 0)
			c.loadConst(FrozenSet(k))
			c.emit(SET_UPDATE, 1)
		} else if !c.starredDisplay(x.Elts, BUILD_SET) {
			c.exprs(x.Elts)
			c.emit(BUILD_SET, len(x.Elts))
		}
	case *syntax.Dict:
		c.dict(x)
	case *syntax.Comp:
		c.comprehension(x)
	case *syntax.Attribute:
		c.expr(x.X)
		c.setPos(x)
		c.emit(LOAD_ATTR, c.attrIndex(x.Attr.Id))
	case *syntax.Subscript:
		c.expr(x.X)
		c.expr(x.Index)
		c.setPos(x)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		n := 2
		c.optExpr(x.Lo)
		c.optExpr(x.Hi)
		if x.Step != nil {
			c.expr(x.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *syntax.Call:
		c.call(x)
	case *syntax.Starred:
		c.errorf(x, "can't use starred expression here")
	case *syntax.UnaryExpr:
		c.expr(x.X)
		c.setPos(x)
		switch x.Op {
		case syntax.MINUS:
			c.emit(UNARY_NEGATIVE, 0)
		case syntax.PLUS:
			c.emit(UNARY_POSITIVE, 0)
		case syntax.TILDE:
			c.emit(UNARY_INVERT, 0)
		case syntax.NOT:
			c.emit(UNARY_NOT, 0)
		}
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.AND, syntax.OR:
			end := c.newLabel()
			c.expr(x.X)
			c.setPos(x)
			if x.Op == syntax.AND {
				c.jump(JUMP_IF_FALSE_OR_POP, end)
			} else {
				c.jump(JUMP_IF_TRUE_OR_POP, end)
			}
			c.expr(x.Y)
			c.bind(end)
		default:
			c.expr(x.X)
			c.expr(x.Y)
			c.setPos(x)
			c.emit(BINARY_OP, int(binOpOf(x.Op)))
		}
	case *syntax.Compare:
		c.compare(x)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.condJump(x.Test, false, orelse)
		c.expr(x.Body)
		c.jump(JUMP, end)
		c.bind(orelse)
		c.expr(x.Orelse)
		c.bind(end)
	case *syntax.Lambda:
		c.lambda(x)
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.emit(DUP_TOP, 0)
		c.storeName(x.Target.Id)
	case *syntax.Yield:
		c.yield(x)
	default:
		c.errorf(x, "cannot compile %T", x)
	}
}

func (c *compiler) optExpr(x syntax.Expr) {
	if x == nil {
		c.loadConst(nil)
		return
	}
	c.expr(x)
}

func (c *compiler) exprs(xs []syntax.Expr) {
	for _, x := range xs {
		c.expr(x)
	}
}

func (c *compiler) literal(x *syntax.BasicLit) {
	switch x.Kind {
	case syntax.NoneLit:
		c.loadConst(nil)
	case syntax.TrueLit:
		c.loadConst(true)
	case syntax.FalseLit:
		c.loadConst(false)
	case syntax.EllipsisLit:
		c.loadConst(Ellipsis{})
	case syntax.BytesLit:
		c.loadConst(Bytes(x.Value.([]byte)))
	default:
		c.loadConst(x.Value)
	}
}

// constTuple folds a display of constants into one constant.
func constTuple(elts []syntax.Expr) (Tuple, bool) {
	t := Tuple{}
	for _, e := range elts {
		v, ok := constValueOf(e)
		if !ok {
			return nil, false
		}
		t = append(t, v)
	}
	return t, true
}

// starredDisplay compiles a tuple, list or set display containing *x
// items, by building a list and extending it. It reports false when there
// is no starred item.
func (c *compiler) starredDisplay(elts []syntax.Expr, build Opcode) bool {
	hasStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			hasStar = true
		}
	}
	if !hasStar {
		return false
	}
	collect, add, extend := BUILD_LIST, LIST_APPEND, LIST_EXTEND
	if build == BUILD_SET {
		collect, add, extend = BUILD_SET, SET_ADD, SET_UPDATE
	}
	c.emit(collect, 0)
	for _, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			c.expr(st.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
	return true
}

func (c *compiler) dict(x *syntax.Dict) {
	n := 0
	built := false
	flush := func() {
		if n > 0 || !built {
			c.emit(BUILD_MAP, n)
			if built {
				c.emit(DICT_UPDATE, 1)
			}
			built = true
			n = 0
		}
	}
	for i, k := range x.Keys {
		if k == nil {
			flush()
			c.expr(x.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(x.Values[i])
		n++
	}
	if n > 0 || !built {
		flush()
	}
}

func (c *compiler) compare(x *syntax.Compare) {
	c.expr(x.Left)
	if len(x.Ops) == 1 {
		c.expr(x.Right[0])
		c.setPos(x)
		c.cmpOp(x.Ops[0])
		return
	}
	// a < b < c: keep b for the next comparison, stop at the first false.
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range x.Ops {
		c.expr(x.Right[i])
		c.setPos(x)
		if i < len(x.Ops)-1 {
			c.emit(DUP_TOP, 0)
			c.emit(ROT_THREE, 0)
			c.cmpOp(op)
			c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.cmpOp(op)
		}
	}
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) cmpOp(op syntax.CmpOp) {
	switch op {
	case syntax.CmpEq:
		c.emit(COMPARE_OP, int(Eq))
	case syntax.CmpNe:
		c.emit(COMPARE_OP, int(Ne))
	case syntax.CmpLt:
		c.emit(COMPARE_OP, int(Lt))
	case syntax.CmpLe:
		c.emit(COMPARE_OP, int(Le))
	case syntax.CmpGt:
		c.emit(COMPARE_OP, int(Gt))
	case syntax.CmpGe:
		c.emit(COMPARE_OP, int(Ge))
	case syntax.CmpIs:
		c.emit(IS_OP, 0)
	case syntax.CmpIsNot:
		c.emit(IS_OP, 1)
	case syntax.CmpIn:
		c.emit(CONTAINS_OP, 0)
	case syntax.CmpNotIn:
		c.emit(CONTAINS_OP, 1)
	}
}

func (c *compiler) fstring(x *syntax.FString) {
	n := 0
	for _, v := range x.Values {
		switch v := v.(type) {
		case *syntax.BasicLit:
			if s, _ := v.Value.(string); s == "" {
				continue
			}
			c.literal(v)
		case *syntax.FormattedValue:
			c.expr(v.Value)
			flags := 0
			switch v.Conversion {
			case 's':
				flags = FormatStr
			case 'r':
				flags = FormatRepr
			case 'a':
				flags = FormatASCII
			}
			if v.Spec != nil {
				c.fstring(v.Spec)
				flags |= FormatSpec
			}
			old := c.setPos(v)
			c.emit(FORMAT_VALUE, flags)
			c.u.pos = old
		}
		n++
	}
	if n == 0 {
		c.loadConst("")
		return
	}
	if n > 1 || isLiteralOnly(x) {
		c.emit(BUILD_STRING, n)
	}
}

func isLiteralOnly(x *syntax.FString) bool {
	for _, v := range x.Values {
		if _, ok := v.(*syntax.FormattedValue); ok {
			return false
		}
	}
	return true
}

// ---- Calls ----

func (c *compiler) call(x *syntax.Call) {
	// obj.method(args) avoids creating a bound method.
	if attr, ok := x.Func.(*syntax.Attribute); ok && len(x.Keywords) == 0 && !hasStarred(x.Args) && len(x.Args) < 1<<16 {
		c.expr(attr.X)
		old := c.setPos(attr)
		c.emit(LOAD_METHOD, c.attrIndex(attr.Attr.Id))
		c.u.pos = old
		c.exprs(x.Args)
		c.setPos(x)
		c.emit(CALL_METHOD, len(x.Args))
		return
	}
	c.expr(x.Func)
	c.callArgs(x, 0, x.Args, x.Keywords)
}

func hasStarred(args []syntax.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// callArgs emits the arguments of a call whose callable (and extra
// positional arguments already pushed) is on the stack, and the call.
func (c *compiler) callArgs(at syntax.Node, extra int, args []syntax.Expr, kws []*syntax.Keyword) {
	unpackKw := false
	for _, k := range kws {
		if k.Name == nil {
			unpackKw = true
		}
	}
	if !hasStarred(args) && !unpackKw {
		c.exprs(args)
		if len(kws) == 0 {
			old := c.setPos(at)
			c.emit(CALL, extra+len(args))
			c.u.pos = old
			return
		}
		names := Tuple{}
		for _, k := range kws {
			c.expr(k.Value)
			names = append(names, k.Name.Id)
		}
		c.loadConst(names)
		old := c.setPos(at)
		c.emit(CALL_KW, extra+len(args)+len(kws))
		c.u.pos = old
		return
	}
	// General case: a tuple of positional arguments and a dict of
	// keywords.
	c.emit(BUILD_LIST, extra)
	if extra > 0 {
		// The extra arguments (class name and body) are below the list.
		c.errorf(at, "unsupported starred arguments in class definition")
	}
	for _, a := range args {
		if st, ok := a.(*syntax.Starred); ok {
			c.expr(st.Value)
			c.emit(LIST_EXTEND, 1)
		} else {
			c.expr(a)
			c.emit(LIST_APPEND, 1)
		}
	}
	c.emit(LIST_TO_TUPLE, 0)
	flag := 0
	if len(kws) > 0 {
		flag = 1
		c.emit(BUILD_MAP, 0)
		for _, k := range kws {
			if k.Name == nil {
				c.expr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				c.loadConst(k.Name.Id)
				c.expr(k.Value)
				c.emit(BUILD_MAP, 1)
				c.emit(DICT_MERGE, 1)
			}
		}
	}
	old := c.setPos(at)
	c.emit(CALL_EX, flag)
	c.u.pos = old
}

// ---- Functions and comprehensions ----

func (c *compiler) lambda(x *syntax.Lambda) {
	ls := c.r.scopes[x]
	c.newUnit(ls, "<lambda>", c.qualname("<lambda>"), x)
	code := c.u.code
	c.setParams(code, x.Params)
	c.expr(x.Body)
	c.emit(RETURN_VALUE, 0)
	c.finish()
	c.makeFunction(code, x.Params)
}

func (c *compiler) comprehension(x *syntax.Comp) {
	cs := c.r.scopes[x]
	c.newUnit(cs, cs.name, c.qualname(cs.name), x)
	code := c.u.code
	code.ArgCount = 1
	switch x.Kind {
	case syntax.ListComp:
		c.emit(BUILD_LIST, 0)
	case syntax.SetComp:
		c.emit(BUILD_SET, 0)
	case syntax.DictComp:
		c.emit(BUILD_MAP, 0)
	}
	c.compFor(x, 0)
	if x.Kind == syntax.GeneratorExp {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	c.finish()

	c.makeFunction(code, nil)
	c.expr(x.For[0].Iter)
	c.emit(GET_ITER, 0)
	c.emit(CALL, 1)
}

// compFor emits the i-th for clause of a comprehension and what it
// contains. The collection being built sits below the iterators.
func (c *compiler) compFor(x *syntax.Comp, i int) {
	f := x.For[i]
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0, the iterator passed in
	} else {
		c.expr(f.Iter)
		c.emit(GET_ITER, 0)
	}
	top, end := c.newLabel(), c.newLabel()
	c.bind(top)
	c.jump(FOR_ITER, end)
	c.assign(f.Target)
	for _, cond := range f.Ifs {
		c.condJump(cond, false, top)
	}
	if i+1 < len(x.For) {
		c.compFor(x, i+1)
	} else {
		depth := len(x.For) + 1 // iterators above the collection
		switch x.Kind {
		case syntax.ListComp:
			c.expr(x.Elt)
			c.emit(LIST_APPEND, depth)
		case syntax.SetComp:
			c.expr(x.Elt)
			c.emit(SET_ADD, depth)
		case syntax.DictComp:
			c.expr(x.Key)
			c.expr(x.Elt)
			c.emit(MAP_ADD, depth)
		case syntax.GeneratorExp:
			c.expr(x.Elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.jump(JUMP, top)
	c.bind(end)
}

func (c *compiler) yield(x *syntax.Yield) {
	if !c.u.scope.isFunctionLike() || c.u.scope.kind == comprehensionScope && x != nil && !c.u.scope.generator {
		c.errorf(x, "'yield' outside function")
		return
	}
	if x.From {
		c.expr(x.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		top, end := c.newLabel(), c.newLabel()
		c.bind(top)
		c.jump(SEND, end)
		c.emit(YIELD_VALUE, 0)
		c.jump(JUMP, top)
		c.bind(end)
		return
	}
	c.optExpr(x.Value)
	c.emit(YIELD_VALUE, 0)
}
