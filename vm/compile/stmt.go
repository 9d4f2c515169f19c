package compile

import (
	"tasklet/syntax"
)

func (c *compiler) compileModule(f *syntax.File, s *scope) *Code {
	c.newUnit(s, "<module>", "<module>", f)
	c.u.code.Flags |= ModuleBody
	if doc, ok := syntax.Docstring(f.Body); ok {
		c.u.code.Doc = doc.Value
		c.setPos(doc)
		c.loadConst(doc.Value)
		c.storeName("__doc__")
		c.stmts(f.Body[1:])
	} else {
		c.stmts(f.Body)
	}
	// The implicit return is on the last statement's line, as in CPython:
	// a debugger stepping out sees no line of its own for it.
	if len(f.Body) > 0 {
		c.setPos(lastStmt(f.Body))
	}
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	return c.finish()
}

func (c *compiler) stmts(body []syntax.Stmt) {
	base := c.u.depth
	for _, s := range body {
		if !c.u.reached {
			c.deadStmt(s, base)
			continue
		}
		c.stmt(s)
	}
}

// deadStmt compiles a statement that nothing reaches (one after a return,
// raise, break or continue) for its errors only, as if it ran at the
// block's stack depth base, then drops its code and undoes what it did to
// the labels outside it. Compiled as unreached code instead, it would come
// back to life at the first label it binds (the end of an "or"), at a stack
// depth that means nothing.
func (c *compiler) deadStmt(s syntax.Stmt, base int) {
	u := c.u
	ncode, nfixups := len(u.code.Code), len(u.fixups)
	labels := append([]label(nil), u.labels...)
	depth := u.depth
	u.reached, u.depth = true, base
	c.dead++
	c.stmt(s)
	c.dead--
	u.code.Code, u.code.Pos, u.handlers = u.code.Code[:ncode], u.code.Pos[:ncode], u.handlers[:ncode]
	u.fixups = u.fixups[:nfixups]
	copy(u.labels, labels)
	u.reached, u.depth = false, depth
}

func (c *compiler) stmt(s syntax.Stmt) {
	old := c.setPos(s)
	defer func() { c.u.pos = old }()
	switch s := s.(type) {
	case *syntax.ExprStmt:
		c.expr(s.X)
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(DUP_TOP, 0)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		// Annotations are kept for analysis and ignored at run time.
		if s.Value != nil {
			c.expr(s.Value)
			c.assign(s.Target)
		} else if !s.Simple {
			c.annotationTargetCheck(s.Target)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.BranchStmt:
		switch s.Kind {
		case syntax.BREAK:
			c.breakStmt(s)
		case syntax.CONTINUE:
			c.continueStmt(s)
		}
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *syntax.Global:
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.Assert:
		end := c.newLabel()
		c.condJump(s.Test, true, end)
		// CPython locates the failure at the asserted expression.
		c.setPos(s.Test)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.setPos(s.Test)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.With:
		c.withStmt(s, 0)
	case *syntax.Try:
		c.tryStmt(s)
	case *syntax.FuncDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	default:
		c.errorf(s, "cannot compile %T", s)
	}
}

// annotationTargetCheck evaluates the parts of "a.b: int" or "a[i]: int"
// that CPython evaluates (the object and the index), for their effects.
func (c *compiler) annotationTargetCheck(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Attribute:
		c.expr(t.X)
		c.emit(POP_TOP, 0)
	case *syntax.Subscript:
		c.expr(t.X)
		c.emit(POP_TOP, 0)
		c.expr(t.Index)
		c.emit(POP_TOP, 0)
	}
}

// ---- Names ----

// nameOp emits the load, store or delete of a variable as its scope
// resolution says.
func (c *compiler) nameOp(name string, kind int) {
	u := c.u
	s := u.scope
	name = s.mangle(name)
	sym := s.syms[name]
	var sk symKind
	if sym == nil {
		sk = symGlobalImplicit
	} else {
		sk = sym.kind
	}
	// A class body reads a free variable from the namespace first; names
	// bound in the class live in its namespace even if methods capture an
	// outer variable of the same name.
	if s.kind == classScope && sym != nil && sym.kind == symFree && !sym.nonlocal && kind == loadOp {
		c.emit(LOAD_CLASSDEREF, c.cellIndex(name))
		return
	}
	switch sk {
	case symLocal:
		c.emit([3]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}[kind], c.localIndex(name))
	case symCell, symFree:
		c.emit([3]Opcode{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}[kind], c.cellIndex(name))
	case symGlobalExplicit:
		if s.kind == classScope && (sym == nil || !sym.global) {
			c.emit([3]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[kind], c.nameIndex(name))
			return
		}
		c.emit([3]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[kind], c.nameIndex(name))
	case symName:
		c.emit([3]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[kind], c.nameIndex(name))
	default: // implicit global
		if s.kind == classScope || u.code.Flags&ClassBody != 0 {
			c.emit([3]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[kind], c.nameIndex(name))
			return
		}
		c.emit([3]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[kind], c.nameIndex(name))
	}
}

const (
	loadOp = iota
	storeOp
	deleteOp
)

func (c *compiler) loadName(name string)  { c.nameOp(name, loadOp) }
func (c *compiler) storeName(name string) { c.nameOp(name, storeOp) }

func (c *compiler) localIndex(name string) int {
	for i, n := range c.u.code.Varnames {
		if n == name {
			return i
		}
	}
	panic("compile: no local " + name)
}

func (c *compiler) cellIndex(name string) int {
	code := c.u.code
	for i, n := range code.Cellvars {
		if n == name {
			return i
		}
	}
	for i, n := range code.Freevars {
		if n == name {
			return len(code.Cellvars) + i
		}
	}
	panic("compile: no cell " + name + " in " + code.QualName)
}

// ---- Assignment ----

// assign stores TOS into target.
func (c *compiler) assign(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.storeName(t.Id)
	case *syntax.Attribute:
		c.expr(t.X)
		old := c.setPos(t)
		c.emit(STORE_ATTR, c.attrIndex(t.Attr.Id))
		c.u.pos = old
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		old := c.setPos(t)
		c.emit(STORE_SUBSCR, 0)
		c.u.pos = old
	case *syntax.Tuple:
		c.unpack(t, t.Elts)
	case *syntax.List:
		c.unpack(t, t.Elts)
	case *syntax.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to expression")
	}
}

func (c *compiler) unpack(t syntax.Expr, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(e, "multiple starred expressions in assignment")
				return
			}
			star = i
		}
	}
	old := c.setPos(t)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 0xff || after > 0xffff {
			c.errorf(t, "too many expressions in star-unpacking assignment")
			return
		}
		c.emit(UNPACK_EX, star|after<<8)
	}
	c.u.pos = old
	for _, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			c.assign(st.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := binOpOf(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.loadName(t.Id)
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(op))
		c.storeName(t.Id)
	case *syntax.Attribute:
		c.expr(t.X)
		c.emit(DUP_TOP, 0)
		old := c.setPos(t)
		c.emit(LOAD_ATTR, c.attrIndex(t.Attr.Id))
		c.u.pos = old
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(op))
		c.emit(ROT_TWO, 0)
		c.setPos(t)
		c.emit(STORE_ATTR, c.attrIndex(t.Attr.Id))
		c.u.pos = old
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		c.emit(DUP_TOP_TWO, 0)
		old := c.setPos(t)
		c.emit(BINARY_SUBSCR, 0)
		c.u.pos = old
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(op))
		c.emit(ROT_THREE, 0)
		c.setPos(t)
		c.emit(STORE_SUBSCR, 0)
		c.u.pos = old
	}
}

func (c *compiler) del(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, deleteOp)
	case *syntax.Attribute:
		c.expr(t.X)
		old := c.setPos(t)
		c.emit(DELETE_ATTR, c.attrIndex(t.Attr.Id))
		c.u.pos = old
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		old := c.setPos(t)
		c.emit(DELETE_SUBSCR, 0)
		c.u.pos = old
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorf(t, "cannot delete expression")
	}
}

// ---- Control flow ----

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newLabel()
	if len(s.Orelse) == 0 {
		c.condJump(s.Test, false, end)
		c.stmts(s.Body)
		c.bind(end)
		return
	}
	orelse := c.newLabel()
	c.condJump(s.Test, false, orelse)
	c.stmts(s.Body)
	c.jump(JUMP, end)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	top, body, orelse, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.condJump(s.Test, false, orelse)
	c.bind(body)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, start: top, end: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	old := c.setPos(s.Test)
	c.jump(JUMP, top)
	c.u.pos = old
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	c.expr(s.Iter)
	// As in CPython, getting the iterator and the next item are located
	// at the whole for statement.
	old := c.setPos(s)
	c.emit(GET_ITER, 0)
	top, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.jump(FOR_ITER, cleanup)
	c.u.pos = old
	c.assign(s.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, start: top, end: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setPos(s)
	c.jump(JUMP, top)
	c.u.pos = old
	c.bind(cleanup)
	c.stmts(s.Orelse)
	c.bind(end)
}

// condJump evaluates x and jumps to target when its truth equals when.
// and/or/not are compiled into jumps rather than values.
func (c *compiler) condJump(x syntax.Expr, when bool, target int) {
	switch x := x.(type) {
	case *syntax.UnaryExpr:
		if x.Op == syntax.NOT {
			c.condJump(x.X, !when, target)
			return
		}
	case *syntax.BinaryExpr:
		if x.Op == syntax.AND || x.Op == syntax.OR {
			isOr := x.Op == syntax.OR
			if isOr == when {
				// or-jump-if-true / and-jump-if-false: either side decides.
				c.condJump(x.X, when, target)
				c.condJump(x.Y, when, target)
				return
			}
			skip := c.newLabel()
			c.condJump(x.X, !when, skip)
			c.condJump(x.Y, when, target)
			c.bind(skip)
			return
		}
	}
	c.expr(x)
	old := c.setPos(x)
	if when {
		c.jump(POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(POP_JUMP_IF_FALSE, target)
	}
	c.u.pos = old
}

// unwind emits the clean-up that leaving fblock b requires. preserveTOS
// keeps a return value on top of the stack.
func (c *compiler) unwind(b fblock, preserveTOS bool) {
	switch b.kind {
	case fbWhile:
	case fbFor:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0)
	case fbTry:
		// Run the finally body outside the try's handler.
		// The slice's capacity ends with it, so that the handlers the
		// finally body pushes do not overwrite the saved ones.
		saved := c.u.hstack
		c.u.hstack = c.u.hstack[:b.handler:b.handler]
		if preserveTOS {
			// A break, continue or return in the finally body drops
			// the value being returned.
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbPopValue})
		}
		c.stmts(b.finally)
		if preserveTOS {
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		}
		c.u.hstack = saved
	case fbPopValue:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0)
	case fbFinallyEnd:
		// Leaving a finally body that runs for an exception: drop the
		// exception and restore the previously handled one.
		if preserveTOS {
			c.emit(ROT_THREE, 0)
		}
		c.emit(POP_TOP, 0)
		c.emit(POP_EXCEPT, 0)
	case fbExcept:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_EXCEPT, 0)
	case fbExceptName:
		c.loadConst(nil)
		c.storeName(b.name)
		c.nameOp(b.name, deleteOp)
	case fbWith:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.loadConst(nil)
		c.emit(DUP_TOP, 0)
		c.emit(DUP_TOP, 0)
		c.emit(CALL, 3)
		c.emit(POP_TOP, 0)
	}
}

// unwindTo emits the clean-up of every fblock above index i (exclusive),
// innermost first, with the fblocks popped while each is unwound.
func (c *compiler) unwindTo(i int, preserveTOS bool) {
	saved := c.u.fblocks
	for j := len(saved) - 1; j > i; j-- {
		// Capped, so that the blocks an inlined finally body pushes (its
		// loops) do not overwrite the saved ones (the try being left).
		c.u.fblocks = saved[:j:j]
		c.unwind(saved[j], preserveTOS)
	}
	c.u.fblocks = saved
}

func (c *compiler) loopIndex() int {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		if k := c.u.fblocks[i].kind; k == fbWhile || k == fbFor {
			return i
		}
	}
	return -1
}

func (c *compiler) breakStmt(s syntax.Node) {
	i := c.loopIndex()
	if i < 0 {
		c.errorf(s, "'break' outside loop")
		return
	}
	c.unwindTo(i, false)
	c.unwind(c.u.fblocks[i], false)
	c.jump(JUMP, c.u.fblocks[i].end)
}

func (c *compiler) continueStmt(s syntax.Node) {
	i := c.loopIndex()
	if i < 0 {
		c.errorf(s, "'continue' not properly in loop")
		return
	}
	c.unwindTo(i, false)
	c.jump(JUMP, c.u.fblocks[i].start)
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if !c.u.scope.isFunctionLike() || c.u.code.Flags&ClassBody != 0 {
		c.errorf(s, "'return' outside function")
		return
	}
	if s.Value != nil {
		c.expr(s.Value)
	} else {
		c.loadConst(nil)
	}
	c.unwindTo(-1, true)
	c.emit(RETURN_VALUE, 0)
}

// ---- try ----

func (c *compiler) tryStmt(s *syntax.Try) {
	// The try line runs nothing, but a debugger stops on it, as on
	// CPython's NOP.
	c.emit(NOP, 0)
	if len(s.Finally) > 0 {
		c.tryFinally(s)
		return
	}
	c.tryExcept(s)
}

// tryFinally compiles try/finally: the finally body is emitted twice, for
// the normal path and for the exceptional one, and inlined wherever a
// return, break or continue leaves the try.
func (c *compiler) tryFinally(s *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	// The depth where the statement starts: after the body and the
	// finally clause, which may leave the code unreached (a return in
	// the finally clause), c.u.depth means nothing.
	base := c.u.depth
	outer := len(c.u.hstack)
	c.pushHandler(handler, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTry, finally: s.Finally, handler: outer})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.popHandler()
	c.stmts(s.Finally)
	old := c.noLine()
	c.jump(JUMP, end)

	// Exceptional path: [exc] -> [prev, exc]; run finally; re-raise.
	c.bind(handler)
	c.setDepth(base + 1)
	c.emit(PUSH_EXC_INFO, 0)
	c.u.pos = old
	cleanup := c.newLabel()
	c.pushHandler(cleanup, -1)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(s.Finally)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.popHandler()
	c.noLine()
	c.emit(ROT_TWO, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.emitCleanup(cleanup, base+2)
	c.u.pos = old
	c.bind(end)
	c.setDepth(base)
}

// emitCleanup emits the handler that restores the previously handled
// exception when a handler body raises: [prev, exc] -> re-raise exc.
func (c *compiler) emitCleanup(l, depth int) {
	c.bind(l)
	c.setDepth(depth)
	c.emit(ROT_TWO, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	base := c.u.depth
	c.pushHandler(handler, 0)
	c.stmts(s.Body)
	c.popHandler()
	c.stmts(s.Orelse)
	// The instructions that only move between a try's parts have no line
	// of their own, as in CPython, so that stepping does not revisit the
	// try line.
	tryPos := c.noLine()
	c.jump(JUMP, end)

	c.bind(handler)
	c.setDepth(base + 1)
	c.emit(PUSH_EXC_INFO, 0) // [prev, exc]
	cleanup := c.newLabel()
	c.pushHandler(cleanup, -1) // trimmed to base+1, keeping prev
	for _, h := range s.Handlers {
		c.setPos(h)
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.setPos(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.jump(POP_JUMP_IF_FALSE, next)
			c.setPos(h)
		}
		if h.Name != nil {
			c.storeName(h.Name.Id)
			// The name is deleted when the clause ends, however it ends.
			nameCleanup := c.newLabel()
			c.pushHandler(nameCleanup, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExcept}, fblock{kind: fbExceptName, name: h.Name.Id})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-2]
			c.popHandler()
			c.noLine()
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.storeName(h.Name.Id)
			c.nameOp(h.Name.Id, deleteOp)
			c.jump(JUMP, end)
			// [prev, newexc]: delete the name, then the usual clean-up.
			c.bind(nameCleanup)
			c.setDepth(base + 2)
			c.loadConst(nil)
			c.storeName(h.Name.Id)
			c.nameOp(h.Name.Id, deleteOp)
			c.jump(JUMP, cleanup)
		} else {
			c.emit(POP_TOP, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExcept})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.noLine()
			c.emit(POP_EXCEPT, 0)
			c.jump(JUMP, end)
		}
		c.bind(next)
		c.setDepth(base + 2)
	}
	// No clause matched: re-raise, restoring the previous exception.
	c.noLine()
	c.popHandler()
	c.emit(ROT_TWO, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.emitCleanup(cleanup, base+2)
	c.u.pos = tryPos
	c.bind(end)
	c.setDepth(base)
}

// ---- with ----

func (c *compiler) withStmt(s *syntax.With, i int) {
	it := s.Items[i]
	old := c.setPos(it)
	c.expr(it.Context)
	c.setPos(it.Context)
	c.emit(BEFORE_WITH, 0) // [exit, value]
	base := c.u.depth - 1  // with exit on the stack
	handler, end := c.newLabel(), c.newLabel()
	c.pushHandler(handler, -1)
	c.u.pos = old
	if it.Target != nil {
		c.assign(it.Target)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWith})
	if i+1 < len(s.Items) {
		c.withStmt(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.popHandler()
	c.setPos(s)
	c.loadConst(nil)
	c.emit(DUP_TOP, 0)
	c.emit(DUP_TOP, 0)
	c.emit(CALL, 3)
	c.emit(POP_TOP, 0)
	c.jump(JUMP, end)

	// [exit, exc] -> [exit, prev, exc, result]
	c.bind(handler)
	c.setDepth(base + 1)
	c.setPos(s)
	c.emit(PUSH_EXC_INFO, 0)
	cleanup := c.newLabel()
	c.pushHandler(cleanup, -1)
	c.emit(WITH_EXCEPT_START, 0)
	suppress := c.newLabel()
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.popHandler()
	c.emit(ROT_TWO, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
	c.bind(suppress)
	c.setDepth(base + 2)
	c.emit(POP_TOP, 0)    // exc
	c.emit(POP_EXCEPT, 0) // prev
	c.emit(POP_TOP, 0)    // exit
	c.jump(JUMP, end)
	c.emitCleanup(cleanup, base+2)
	c.bind(end)
	c.setDepth(base - 1)
	c.u.pos = old
}

// ---- imports ----

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		old := c.setPos(s)
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emit(IMPORT_NAME, c.nameIndex(a.Name.String()))
		if a.AsName != nil {
			// "import a.b.c as d" binds the innermost module.
			for _, part := range a.Name.Names[1:] {
				c.emit(IMPORT_FROM, c.nameIndex(part.Id))
				c.emit(ROT_TWO, 0)
				c.emit(POP_TOP, 0)
			}
			c.storeName(a.AsName.Id)
		} else {
			c.storeName(a.Name.Names[0].Id)
		}
		c.u.pos = old
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	module := ""
	if s.Module != nil {
		module = s.Module.String()
	}
	c.loadConst(int64(s.Level))
	if s.Names == nil {
		c.loadConst(Tuple{"*"})
		c.emit(IMPORT_NAME, c.nameIndex(module))
		c.emit(IMPORT_STAR, 0)
		return
	}
	names := Tuple{}
	for _, a := range s.Names {
		names = append(names, a.Name.Names[0].Id)
	}
	c.loadConst(names)
	c.emit(IMPORT_NAME, c.nameIndex(module))
	for _, a := range s.Names {
		old := c.setPos(s)
		c.emit(IMPORT_FROM, c.nameIndex(a.Name.Names[0].Id))
		if a.AsName != nil {
			c.storeName(a.AsName.Id)
		} else {
			c.storeName(a.Name.Names[0].Id)
		}
		c.u.pos = old
	}
	c.emit(POP_TOP, 0)
}

// ---- def and class ----

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.scope.kind == moduleScope || u.scope.parent == nil {
		return name
	}
	if u.scope.kind == classScope {
		return u.code.QualName + "." + name
	}
	return u.code.QualName + ".<locals>." + name
}

// makeFunction emits the creation of a function from code compiled in
// scope s, with defaults from params.
func (c *compiler) makeFunction(code *Code, params *syntax.Params) {
	flags := 0
	if params != nil {
		var defaults, kwonly []*syntax.Param
		for _, p := range params.List {
			if p.Default == nil {
				continue
			}
			if p.Kind == syntax.KwOnlyParam {
				kwonly = append(kwonly, p)
			} else {
				defaults = append(defaults, p)
			}
		}
		if len(defaults) > 0 {
			for _, p := range defaults {
				c.expr(p.Default)
			}
			c.emit(BUILD_TUPLE, len(defaults))
			flags |= MakeDefaults
		}
		if len(kwonly) > 0 {
			for _, p := range kwonly {
				c.loadConst(c.u.scope.mangle(p.Name.Id))
				c.expr(p.Default)
			}
			c.emit(BUILD_MAP, len(kwonly))
			flags |= MakeKwDefaults
		}
	}
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			// The enclosing scope provides each free variable as a cell;
			// in a class body, __class__ is the class's own cell.
			c.emit(LOAD_CLOSURE, c.cellIndex(name))
		}
		c.emit(BUILD_TUPLE, len(code.Freevars))
		flags |= MakeClosure
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) setParams(code *Code, params *syntax.Params) {
	for _, p := range params.List {
		switch p.Kind {
		case syntax.PosOnlyParam:
			code.ArgCount++
			code.PosOnlyCount++
		case syntax.NormalParam:
			code.ArgCount++
		case syntax.VarArgsParam:
			code.Flags |= VarArgs
		case syntax.KwOnlyParam:
			code.KwOnlyCount++
		case syntax.VarKwParam:
			code.Flags |= VarKeywords
		}
	}
	// Varnames lists positional, keyword-only, *args, then **kwargs, as
	// the call protocol fills them.
	var ordered []string
	for _, k := range []syntax.ParamKind{syntax.PosOnlyParam, syntax.NormalParam, syntax.KwOnlyParam, syntax.VarArgsParam, syntax.VarKwParam} {
		for _, p := range params.List {
			if p.Kind == k {
				ordered = append(ordered, c.u.scope.mangle(p.Name.Id))
			}
		}
	}
	rest := code.Varnames[len(params.List):]
	code.Varnames = append(ordered, rest...)
	s := c.u.scope
	s.params = ordered
	for i, cell := range code.Cellvars {
		code.CellArgs[i] = -1
		for j, p := range ordered {
			if p == cell {
				code.CellArgs[i] = j
			}
		}
	}
}

func (c *compiler) funcDef(s *syntax.FuncDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	fs := c.r.scopes[s]
	qual := c.qualname(s.Name.Id)
	nested := c.u.scope.isFunctionLike()
	// Defaults are evaluated before the body is compiled, in this scope.
	c.newUnit(fs, s.Name.Id, qual, s)
	code := c.u.code
	if nested {
		code.Flags |= NestedFunc
	}
	c.setParams(code, s.Params)
	body := s.Body
	if doc, ok := syntax.Docstring(body); ok {
		code.Doc = doc.Value
		body = body[1:]
	}
	c.stmts(body)
	c.setPos(lastStmt(s.Body))
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	c.finish()
	old := c.setPos(s)
	c.makeFunction(code, s.Params)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name.Id)
	c.u.pos = old
}

// lastStmt is the last statement of a body, which is never empty: the
// parser puts an error in place of a missing block.
func lastStmt(body []syntax.Stmt) syntax.Node { return body[len(body)-1] }

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	cs := c.r.scopes[s]
	qual := c.qualname(s.Name.Id)
	c.newUnit(cs, s.Name.Id, qual, s)
	code := c.u.code
	code.Flags |= ClassBody
	c.loadName("__name__")
	c.storeName("__module__")
	c.loadConst(qual)
	c.storeName("__qualname__")
	body := s.Body
	if doc, ok := syntax.Docstring(body); ok {
		c.loadConst(doc.Value)
		c.storeName("__doc__")
		body = body[1:]
	}
	c.stmts(body)
	if cs.needsClassCell {
		c.emit(LOAD_CLOSURE, c.cellIndex("__class__"))
		c.emit(STORE_NAME, c.nameIndex("__classcell__"))
	}
	if len(s.Body) > 0 {
		c.setPos(lastStmt(s.Body))
	}
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	c.finish()

	old := c.setPos(s)
	c.emit(LOAD_BUILD_CLASS, 0)
	c.makeFunction(code, nil)
	c.loadConst(s.Name.Id)
	c.callArgs(s, 2, s.Bases, s.Keywords)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.storeName(s.Name.Id)
	c.u.pos = old
}
