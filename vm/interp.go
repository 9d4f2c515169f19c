package vm

import (
	"unsafe"

	"tasklet/vm/compile"
)

// run executes frames of the current tasklet until a frame marked stop
// (the bottom of this run) finishes, and returns its result.
func (vm *VM) run() (Value, error) {
	var (
		t       = vm.cur
		f       *Frame
		co      *Code // f.code, which the frame reaches through its env
		code    []uint32
		consts  []Value
		slots   []Value
		sp, pc  int
		word    uint32
		op      compile.Opcode
		arg     int
		res     Value
		err     error
		x, y    Value
		reraise bool
		// A call of a Python function from CALL or CALL_METHOD: the
		// function, its positional arguments, and the stack slot where
		// the call's operands begin (the result goes there).
		callee *Function
		args   []Value
		base   int
		// An attribute read from LOAD_ATTR or a fused instruction that
		// ends in one (see readAttr): the name's index, the slot the
		// value goes to, and how many instructions pc skips after it.
		attrName, attrTo, attrSkip int
	)
reload:
	t = vm.cur
	if t.stopped {
		return t.takeStop()
	}
	f = t.frame
	co = f.code
	if co == nil {
		// A native frame on top: its continuation runs when a result
		// arrives, never by itself.
		panic("vm: native frame on top of the stack")
	}
	code = co.Code.Code
	if hooksCompiled && vm.attention.Load() != 0 {
		code = vm.attend(t, f)
	}
	consts = co.Consts
	slots = f.slots[:co.frameSize():co.frameSize()]
	sp = int(f.sp)
	pc = f.pc
	for {
		// The instruction budget of preemptive scheduling; without a
		// timeout it never runs out.
		vm.budget--
		if vm.budget <= 0 {
			f.pc, f.sp = pc, int32(sp)
			if vm.preempt(t) {
				vm.interruptTasklet(t)
				goto reload
			}
			if vm.cur != t {
				goto reload
			}
		}
		word = code[pc]
		pc++
	decode:
		op, arg = compile.Opcode(word&0xff), int(word>>8)
		switch op {
		case compile.TRACE_LINE:
			// The first instruction of a line, in traced code: report the
			// line, then run the instruction. A case of its own costs the
			// instructions of untraced code nothing, unlike a test before
			// the switch.
			f.pc, f.sp = pc, int32(sp)
			vm.lineEvent(t, f)
			if t.frame != f || vm.cur != t {
				goto reload
			}
			// The stop may have set breakpoints or begun a step.
			code = vm.attend(t, f)
			word = co.Code.Code[pc-1]
			goto decode
		case compile.NOP:
		case compile.POP_TOP:
			sp--
			slots[sp] = nil
		case compile.ROT_TWO:
			slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
		case compile.ROT_THREE:
			slots[sp-1], slots[sp-2], slots[sp-3] = slots[sp-2], slots[sp-3], slots[sp-1]
		case compile.ROT_FOUR:
			slots[sp-1], slots[sp-2], slots[sp-3], slots[sp-4] = slots[sp-2], slots[sp-3], slots[sp-4], slots[sp-1]
		case compile.DUP_TOP:
			slots[sp] = slots[sp-1]
			sp++
		case compile.DUP_TOP_TWO:
			slots[sp] = slots[sp-2]
			slots[sp+1] = slots[sp-1]
			sp += 2

		case compile.LOAD_CONST:
			slots[sp] = consts[arg]
			sp++
		case compile.LOAD_FAST:
			x = slots[arg]
			if x == nil {
				err = Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.Varnames[arg])
				goto raise
			}
			slots[sp] = x
			sp++
		case compile.STORE_FAST:
			sp--
			slots[arg] = slots[sp]
			slots[sp] = nil
		case compile.LOAD_FAST_LOAD_FAST:
			x, y = slots[arg], slots[code[pc]>>8]
			if x == nil || y == nil {
				goto unfuse // an unbound local: the error comes from LOAD_FAST
			}
			slots[sp], slots[sp+1] = x, y
			sp += 2
			pc++
		case compile.LOAD_FAST_LOAD_CONST:
			if x = slots[arg]; x == nil {
				goto unfuse
			}
			slots[sp], slots[sp+1] = x, consts[code[pc]>>8]
			sp += 2
			pc++
		case compile.STORE_FAST_LOAD_FAST:
			sp--
			slots[arg] = slots[sp]
			if x = slots[code[pc]>>8]; x == nil {
				slots[sp] = nil
				break // the LOAD_FAST, not skipped, raises
			}
			slots[sp] = x
			sp++
			pc++
		case compile.LOAD_FAST_LOAD_ATTR, compile.DUP_TOP_LOAD_ATTR:
			// self.x, or the read of obj.x op= ...: the attribute of a
			// local or of TOS, pushed.
			x = slots[sp-1]
			if op == compile.LOAD_FAST_LOAD_ATTR {
				x = slots[arg]
			}
			attrName, attrTo, attrSkip = int(code[pc]>>8), sp, 1
			goto readAttr
		case compile.LOAD_FAST_LOAD_METHOD:
			// obj.method(...): as LOAD_METHOD's fast path.
			if inst, ok := slots[arg].(*Instance); ok {
				if fn := co.cachedMethod(inst, int(code[pc]>>8)); fn != nil {
					slots[sp], slots[sp+1] = fn, inst
					sp += 2
					pc++
					break
				}
			}
			goto unfuse
		case compile.LOAD_FAST_RETURN_VALUE:
			if res = slots[arg]; res == nil {
				goto unfuse
			}
			pc++
			goto returnValue
		case compile.ROT_TWO_STORE_ATTR:
			// The write of obj.x op= ...: the object is TOS1, the value
			// TOS; as STORE_ATTR's fast path.
			if inst, ok := slots[sp-2].(*Instance); ok {
				if ix := co.storeEntry(inst, int(code[pc]>>8)); ix >= 0 {
					inst.Dict.entries[ix].value = slots[sp-1]
					inst.Dict.modified()
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					pc++
					break
				}
			}
			goto unfuse
		case compile.LOAD_CONST_BINARY_OP:
			// x op constant, both small ints: as BINARY_OP's fast path.
			if a, ok := slots[sp-1].(Int); ok {
				if b, ok := consts[arg].(Int); ok {
					if r, ok := intFast(compile.BinOp(code[pc]>>8), a, b); ok {
						slots[sp-1] = vm.boxes.int(r)
						pc++
						break
					}
				}
			}
			goto unfuse
		case compile.COMPARE_OP_JUMP:
			// Two ints compared for a branch: the bool is never made.
			if a, ok := slots[sp-2].(Int); ok {
				if b, ok := slots[sp-1].(Int); ok {
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					jump := code[pc]
					pc++
					if intCompare(compile.CmpOp(arg), a, b) == (compile.Opcode(jump&0xff) == compile.POP_JUMP_IF_TRUE) {
						pc = int(jump >> 8)
					}
					break
				}
			}
			goto unfuse
		case compile.DELETE_FAST:
			if slots[arg] == nil {
				err = Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.Varnames[arg])
				goto raise
			}
			slots[arg] = nil
		case compile.LOAD_DEREF, compile.LOAD_CLASSDEREF:
			if op == compile.LOAD_CLASSDEREF {
				name := co.cellName(arg)
				if v, ok := f.locals.GetStr(name); ok {
					slots[sp] = v
					sp++
					break
				}
			}
			x = slots[co.nlocals+arg].(*Cell).V
			if x == nil {
				err = vm.unboundCell(f, arg)
				goto raise
			}
			slots[sp] = x
			sp++
		case compile.STORE_DEREF:
			sp--
			slots[co.nlocals+arg].(*Cell).V = slots[sp]
			slots[sp] = nil
		case compile.DELETE_DEREF:
			c := slots[co.nlocals+arg].(*Cell)
			if c.V == nil {
				err = vm.unboundCell(f, arg)
				goto raise
			}
			c.V = nil
		case compile.LOAD_CLOSURE:
			slots[sp] = slots[co.nlocals+arg]
			sp++
		case compile.LOAD_GLOBAL:
			if v, ok := co.globalLookup(f.globals, vm.builtins, arg); ok {
				slots[sp] = v
			} else {
				err = Errorf(NameError, "name '%s' is not defined", co.Names[arg])
				goto raise
			}
			sp++
		case compile.STORE_GLOBAL:
			sp--
			if !co.storeGlobal(f.globals, arg, slots[sp]) {
				f.globals.SetStr(co.Names[arg], slots[sp])
			}
			slots[sp] = nil
		case compile.DELETE_GLOBAL:
			if !f.globals.DeleteStr(co.Names[arg]) {
				err = Errorf(NameError, "name '%s' is not defined", co.Names[arg])
				goto raise
			}
		case compile.LOAD_NAME:
			name := co.Names[arg]
			if f.locals == f.globals {
				// Module level: the name is a global, and
				// globalLookup's cache finds it.
				if v, ok := co.globalLookup(f.globals, vm.builtins, arg); ok {
					slots[sp] = v
					sp++
					break
				}
				err = Errorf(NameError, "name '%s' is not defined", name)
				goto raise
			}
			if v, ok := f.locals.GetStr(name); ok {
				slots[sp] = v
			} else if v, ok := f.globals.GetStr(name); ok {
				slots[sp] = v
			} else if v, ok := vm.builtins.GetStr(name); ok {
				slots[sp] = v
			} else {
				err = Errorf(NameError, "name '%s' is not defined", name)
				goto raise
			}
			sp++
		case compile.STORE_NAME:
			sp--
			if f.locals != f.globals || !co.storeGlobal(f.globals, arg, slots[sp]) {
				f.locals.SetStr(co.Names[arg], slots[sp])
			}
			slots[sp] = nil
		case compile.DELETE_NAME:
			if !f.locals.DeleteStr(co.Names[arg]) {
				err = Errorf(NameError, "name '%s' is not defined", co.Names[arg])
				goto raise
			}

		case compile.LOAD_ATTR:
			x = slots[sp-1]
			attrName, attrTo, attrSkip = arg, sp-1, 0
			goto readAttr
		case compile.STORE_ATTR:
			// TOS is the object, TOS1 the value.
			x = slots[sp-1]
			if inst, ok := x.(*Instance); ok {
				// An attribute the instance's dict has, where the caches
				// say: its value is replaced in place.
				if ix := co.storeEntry(inst, arg); ix >= 0 {
					inst.Dict.entries[ix].value = slots[sp-2]
					inst.Dict.modified()
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					continue
				}
				if e := co.classLookup(inst.Class, arg); !e.setattr {
					if d := inst.Dict; d != nil && !e.dataDescriptor {
						// An attribute the instance has: its value is
						// replaced in place.
						if ix := co.dictLookup(d, arg); ix >= 0 {
							d.entries[ix].value = slots[sp-2]
							d.modified()
							sp -= 2
							slots[sp], slots[sp+1] = nil, nil
							continue
						}
					}
					res, err = vm.genericSetAttrFound(x, co.Names[arg], slots[sp-2], e.value, e.owner != nil)
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					goto discardResult
				}
			}
			res, err = vm.setAttr(x, co.Names[arg], slots[sp-2])
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto discardResult
		case compile.DELETE_ATTR:
			res, err = vm.delAttr(slots[sp-1], co.Names[arg])
			sp--
			slots[sp] = nil
			goto discardResult
		case compile.LOAD_METHOD:
			x = slots[sp-1]
			switch o := x.(type) {
			case *Instance:
				// A function of the class that the instance dict does
				// not shadow: no bound method is made. Mostly the caches
				// and the dict's key bits tell, without a call.
				if fn := co.cachedMethod(o, arg); fn != nil {
					slots[sp-1] = fn
					slots[sp] = x
					sp++
					continue
				}
				e := co.classLookup(o.Class, arg)
				if fn, ok := e.value.(*Function); ok && !e.getattribute && (o.Dict == nil || co.dictLookup(o.Dict, arg) < 0) {
					slots[sp-1] = fn
					slots[sp] = x
					sp++
					continue
				}
			case *Type:
				// Class.method(obj, ...): a function found in the class
				// is the attribute's value when the metaclass is type
				// and has no attribute of that name.
				if o.Meta == nil || o.Meta == typeType {
					e := co.cachedClass(o, arg)
					if e == nil {
						e = co.classLookup(o, arg)
					}
					if fn, ok := e.value.(*Function); ok && e.typeLacks {
						slots[sp-1] = nil
						slots[sp] = fn
						sp++
						continue
					}
				}
			}
			e := co.classLookup(TypeOf(x), arg)
			attr, owner := e.value, e.owner
			meth, self, ok, lerr := vm.lookupMethodFound(slots[sp-1], co.Names[arg], attr, owner != nil)
			if lerr != nil {
				err = lerr
				goto raise
			}
			if ok {
				slots[sp-1] = meth
				slots[sp] = self
				sp++
				break
			}
			// Not a plain method: push NULL and the attribute's value.
			res, err = vm.getAttr(slots[sp-1], co.Names[arg])
			slots[sp-1] = nil
			goto pushResult
		case compile.BINARY_SUBSCR:
			x, y = slots[sp-2], slots[sp-1]
			if l, ok := x.(*List); ok {
				if i, ok := y.(Int); ok {
					n := Int(len(l.Items))
					if i < 0 {
						i += n
					}
					if i >= 0 && i < n {
						sp--
						slots[sp] = nil
						slots[sp-1] = l.Items[i]
						break
					}
				}
			}
			res, err = vm.getItem(x, y)
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto pushResult
		case compile.STORE_SUBSCR:
			// TOS key, TOS1 container, TOS2 value
			res, err = vm.setItem(slots[sp-2], slots[sp-1], slots[sp-3])
			sp -= 3
			slots[sp], slots[sp+1], slots[sp+2] = nil, nil, nil
			goto discardResult
		case compile.DELETE_SUBSCR:
			res, err = vm.delItem(slots[sp-2], slots[sp-1])
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto discardResult
		case compile.BUILD_SLICE:
			if arg == 3 {
				res = &Slice{slots[sp-3], slots[sp-2], slots[sp-1]}
			} else {
				res = &Slice{slots[sp-2], slots[sp-1], None}
			}
			for i := 0; i < arg; i++ {
				sp--
				slots[sp] = nil
			}
			slots[sp] = res
			sp++

		case compile.UNARY_POSITIVE, compile.UNARY_NEGATIVE, compile.UNARY_INVERT:
			res, err = vm.unaryOp(op, slots[sp-1])
			sp--
			slots[sp] = nil
			goto pushResult
		case compile.UNARY_NOT:
			switch v := slots[sp-1].(type) {
			case Bool:
				slots[sp-1] = Bool(!v)
				continue
			case NoneType:
				slots[sp-1] = True
				continue
			}
			res, err = vm.truth(slots[sp-1])
			sp--
			slots[sp] = nil
			if p, ok := res.(*pending); ok {
				f.pc, f.sp = pc, int32(sp)
				vm.startPending(f, p)
				goto reload
			}
			if err != nil {
				goto raise
			}
			slots[sp] = Bool(!bool(res.(Bool)))
			sp++
		case compile.BINARY_OP, compile.INPLACE_OP:
			x, y = slots[sp-2], slots[sp-1]
			switch a := x.(type) {
			case Int:
				switch b := y.(type) {
				case Int:
					if r, ok := intFast(compile.BinOp(arg), a, b); ok {
						sp--
						slots[sp] = nil
						slots[sp-1] = vm.boxes.int(r)
						continue
					}
				case Float:
					if r, ok := floatFast(compile.BinOp(arg), Float(a), b); ok {
						sp--
						slots[sp] = nil
						slots[sp-1] = vm.boxes.float(r)
						continue
					}
				}
			case Float:
				var b Float
				switch y := y.(type) {
				case Float:
					b = y
				case Int:
					b = Float(y)
				default:
					goto slowBinary
				}
				if r, ok := floatFast(compile.BinOp(arg), a, b); ok {
					sp--
					slots[sp] = nil
					slots[sp-1] = vm.boxes.float(r)
					continue
				}
			case Str:
				if b, ok := y.(Str); ok && compile.BinOp(arg) == compile.Add {
					sp--
					slots[sp] = nil
					slots[sp-1] = vm.concat.concat(a, b)
					continue
				}
			}
		slowBinary:
			res, err = vm.binaryOp(compile.BinOp(arg), x, y, op == compile.INPLACE_OP)
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto pushResult
		case compile.COMPARE_OP:
			x, y = slots[sp-2], slots[sp-1]
			if a, ok := x.(Int); ok {
				if b, ok := y.(Int); ok {
					sp--
					slots[sp] = nil
					slots[sp-1] = Bool(intCompare(compile.CmpOp(arg), a, b))
					break
				}
			}
			res, err = vm.compare(compile.CmpOp(arg), x, y)
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto pushResult
		case compile.IS_OP:
			b := is(slots[sp-2], slots[sp-1])
			sp--
			slots[sp] = nil
			slots[sp-1] = Bool(b != (arg == 1))
		case compile.CONTAINS_OP:
			res, err = vm.contains(slots[sp-1], slots[sp-2])
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			if err == nil && arg == 1 {
				res, err = then(res, nil, negate)
			}
			goto pushResult

		case compile.JUMP:
			if hooksCompiled && arg < pc && vm.attention.Load() != 0 {
				f.pc, f.sp = pc, int32(sp) // where a stopped or paused program is
				if vm.attendBackEdge(t, f) {
					f.pc = arg
					goto reload
				}
			}
			pc = arg
		case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
			x = slots[sp-1]
			sp--
			slots[sp] = nil
			var b bool
			switch v := x.(type) {
			case Bool:
				b = bool(v)
			case Int:
				b = v != 0
			case NoneType:
				b = false
			default:
				res, err = vm.truth(x)
				if p, ok := res.(*pending); ok {
					f.pc, f.sp = pc, int32(sp)
					vm.startPending(f, p)
					goto reload
				}
				if err != nil {
					goto raise
				}
				b = bool(res.(Bool))
			}
			if b == (op == compile.POP_JUMP_IF_TRUE) {
				pc = arg
			}
		case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
			res, err = vm.truth(slots[sp-1])
			if p, ok := res.(*pending); ok {
				f.pc, f.sp = pc, int32(sp)
				vm.startPending(f, p)
				goto reload
			}
			if err != nil {
				goto raise
			}
			if bool(res.(Bool)) == (op == compile.JUMP_IF_TRUE_OR_POP) {
				pc = arg
			} else {
				sp--
				slots[sp] = nil
			}
		case compile.GET_ITER:
			res, err = vm.getIter(slots[sp-1])
			sp--
			slots[sp] = nil
			goto pushResult
		case compile.FOR_ITER:
			switch it := slots[sp-1].(type) {
			case *rangeIter:
				if it.i < it.n {
					slots[sp] = vm.boxes.int(Int(it.start + it.i*it.step))
					it.i++
					sp++
					continue
				}
				sp--
				slots[sp] = nil
				pc = arg
				continue
			case *listIter:
				if it.i < len(it.l.Items) {
					slots[sp] = it.l.Items[it.i]
					it.i++
					sp++
					continue
				}
				it.i = len(it.l.Items) + 1
				sp--
				slots[sp] = nil
				pc = arg
				continue
			case *Generator:
				f.pc, f.sp = pc, int32(sp)
				if it.state == genSuspended && vm.recursionLimit <= 0 {
					// The common case of resumeGenerator, without a call:
					// the generator's frame goes on top, sent None (or its
					// yield statement's POP_TOP skipped: see discardsSent).
					gf := it.frame
					gf.back, gf.depth = f, f.depth+1
					t.frame = gf
					it.state = genRunning
					if discardsSent(gf) {
						gf.pc++
					} else {
						gf.slots[gf.sp] = None
						gf.sp++
					}
					goto reload
				}
				if err = vm.resumeGenerator(it, None, nil); err != nil {
					goto raise
				}
				goto reload
			}
			res, err = vm.next(slots[sp-1])
			if err != nil {
				if isException(err, StopIteration) {
					sp--
					slots[sp] = nil
					pc = arg
					err = nil
					continue
				}
				goto raise
			}
			goto pushResult
		case compile.RETURN_VALUE:
			sp--
			res = slots[sp]
			slots[sp] = nil
			goto returnValue

		case compile.PUSH_EXC_INFO:
			exc := slots[sp-1]
			if e := t.exception(); e == nil {
				slots[sp-1] = None
			} else {
				slots[sp-1] = e
			}
			slots[sp] = exc
			sp++
			t.setException(exc.(*Exception))
		case compile.POP_EXCEPT:
			sp--
			e, _ := slots[sp].(*Exception)
			t.setException(e)
			slots[sp] = nil
		case compile.CHECK_EXC_MATCH:
			res, err = vm.exceptionMatches(slots[sp-2], slots[sp-1])
			if err != nil {
				goto raise
			}
			slots[sp-1] = res
		case compile.RERAISE:
			sp--
			err = slots[sp].(*Exception)
			slots[sp] = nil
			reraise = true
			goto raise
		case compile.RAISE_VARARGS:
			err = vm.raiseVarargs(t, slots[sp-arg:sp])
			for i := 0; i < arg; i++ {
				sp--
				slots[sp] = nil
			}
			if m, ok := err.(reraiseMarker); ok {
				err, reraise = m.e, true
			}
			goto raise
		case compile.LOAD_ASSERTION_ERROR:
			slots[sp] = AssertionError
			sp++
		case compile.BEFORE_WITH:
			mgr := slots[sp-1]
			exit, eerr := vm.lookupSpecial(mgr, "__exit__")
			enter, nerr := vm.lookupSpecial(mgr, "__enter__")
			if enter == nil && nerr == nil {
				err = Errorf(TypeError, "'%s' object does not support the context manager protocol", typeName(mgr))
				goto raise
			}
			if exit == nil && eerr == nil {
				err = Errorf(TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr))
				goto raise
			}
			if err = firstErr(eerr, nerr); err != nil {
				goto raise
			}
			slots[sp-1] = exit
			res, err = vm.callValue(enter, nil, nil)
			goto pushResult
		case compile.WITH_EXCEPT_START:
			exc := slots[sp-1].(*Exception)
			exit := slots[sp-3]
			res, err = vm.callValue(exit, []Value{exc.Class, exc, None}, nil)
			goto pushResult

		case compile.CALL:
			fn := slots[sp-arg-1]
			if pf, ok := fn.(*Function); ok {
				callee, args, base = pf, slots[sp-arg:sp], sp-arg-1
				goto callPython
			}
			// The argument slots are left as they are: a built-in that
			// returns a pending call may read them until it completes.
			f.pc = pc // built-ins may look at their caller's line
			res, err = vm.callValue(fn, slots[sp-arg:sp], nil)
			sp -= arg + 1
			goto pushResult
		case compile.CALL_METHOD:
			var fn Value
			unbound := slots[sp-arg-2] != nil // LOAD_METHOD found the method: self is the first argument
			if unbound {
				fn, args = slots[sp-arg-2], slots[sp-arg-1:sp]
			} else {
				fn, args = slots[sp-arg-1], slots[sp-arg:sp]
			}
			if pf, ok := fn.(*Function); ok {
				callee, base = pf, sp-arg-2
				goto callPython
			}
			if b, ok := fn.(*Builtin); ok && unbound && b.Self == nil {
				f.pc = pc // built-ins may look at their caller's line
				res, err = b.Fn(vm, args[0], args[1:], nil)
			} else {
				f.pc = pc // built-ins may look at their caller's line
				res, err = vm.callValue(fn, args, nil)
			}
			sp -= arg + 2
			goto pushResult
		case compile.CALL_KW:
			names := slots[sp-1].(Tuple)
			nkw := len(names)
			npos := arg - nkw
			fn := slots[sp-arg-2]
			pos := slots[sp-arg-1 : sp-arg-1+npos]
			kw := make([]Kwarg, nkw)
			for i, n := range names {
				kw[i] = Kwarg{string(n.(Str)), slots[sp-1-nkw+i]}
			}
			if pf, ok := fn.(*Function); ok {
				f.pc = pc
				f.sp = int32(sp - arg - 2)
				g, cerr := vm.callFunction(t, pf, pos, kw, nil)
				if cerr != nil {
					f.sp = int32(sp)
					err = cerr
					goto raise
				}
				clear(slots[sp-arg-2 : sp])
				if g != nil {
					sp -= arg + 2
					slots[sp] = g
					sp++
					continue
				}
				goto reload
			}
			f.pc = pc // built-ins may look at their caller's line
			res, err = vm.callValue(fn, append([]Value(nil), pos...), kw)
			clear(slots[sp-arg-2 : sp])
			sp -= arg + 2
			goto pushResult
		case compile.CALL_EX:
			var kwmap *Dict
			if arg&1 != 0 {
				sp--
				kwmap = slots[sp].(*Dict)
				slots[sp] = nil
			}
			posargs := slots[sp-1].(Tuple)
			fn := slots[sp-2]
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			var kw []Kwarg
			if kwmap != nil {
				kwmap.Items(func(k, v Value) bool {
					kw = append(kw, Kwarg{string(k.(Str)), v})
					return true
				})
			}
			f.pc = pc // built-ins may look at their caller's line
			res, err = vm.callValue(fn, posargs, kw)
			goto pushResult
		case compile.MAKE_FUNCTION:
			res = vm.makeFunction(f, slots, &sp, arg)
			slots[sp] = res
			sp++
		case compile.LOAD_BUILD_CLASS:
			slots[sp] = buildClassBuiltin
			sp++
		case compile.SETUP_ANNOTATIONS:

		case compile.BUILD_TUPLE:
			tup := make(Tuple, arg)
			copy(tup, slots[sp-arg:sp])
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = tup
			sp++
		case compile.BUILD_LIST:
			items := make([]Value, arg)
			copy(items, slots[sp-arg:sp])
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = &List{Items: items}
			sp++
		case compile.BUILD_SET:
			s := NewSet()
			for _, v := range slots[sp-arg : sp] {
				if err = s.Add(vm, v); err != nil {
					goto raise
				}
			}
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = s
			sp++
		case compile.BUILD_MAP:
			d := NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if err = d.Set(vm, slots[i], slots[i+1]); err != nil {
					goto raise
				}
			}
			clear(slots[sp-2*arg : sp])
			sp -= 2 * arg
			slots[sp] = d
			sp++
		case compile.BUILD_STRING:
			n := 0
			for _, v := range slots[sp-arg : sp] {
				n += len(v.(Str))
			}
			buf := make([]byte, 0, n)
			for _, v := range slots[sp-arg : sp] {
				buf = append(buf, v.(Str)...)
			}
			clear(slots[sp-arg : sp])
			sp -= arg
			slots[sp] = Str(buf)
			sp++
		case compile.LIST_APPEND:
			sp--
			l := slots[sp-arg].(*List)
			l.Items = append(l.Items, slots[sp])
			slots[sp] = nil
		case compile.SET_ADD:
			sp--
			err = slots[sp-arg].(*Set).Add(vm, slots[sp])
			slots[sp] = nil
			if err != nil {
				goto raise
			}
		case compile.MAP_ADD:
			sp -= 2
			err = slots[sp-arg].(*Dict).Set(vm, slots[sp], slots[sp+1])
			slots[sp], slots[sp+1] = nil, nil
			if err != nil {
				goto raise
			}
		case compile.LIST_EXTEND, compile.SET_UPDATE, compile.DICT_UPDATE, compile.DICT_MERGE:
			target := slots[sp-1-arg]
			src := slots[sp-1]
			sp--
			slots[sp] = nil
			res, err = vm.extendCollection(op, target, src)
			goto discardResult
		case compile.LIST_TO_TUPLE:
			slots[sp-1] = Tuple(slots[sp-1].(*List).Items)
		case compile.UNPACK_SEQUENCE, compile.UNPACK_EX:
			x = slots[sp-1]
			if tup, ok := x.(Tuple); ok && op == compile.UNPACK_SEQUENCE && len(tup) == arg {
				sp--
				for i := len(tup) - 1; i >= 0; i-- {
					slots[sp] = tup[i]
					sp++
				}
				break
			}
			res, err = vm.unpack(x, op == compile.UNPACK_EX, arg)
			sp--
			slots[sp] = nil
			if p, ok := res.(*pending); ok {
				f.pc, f.sp = pc, int32(sp)
				vm.startPending(f, p)
				goto reload
			}
			if err != nil {
				goto raise
			}
			sp = spread(slots, sp, res.(Tuple))
		case compile.FORMAT_VALUE:
			var spec Value
			if arg&compile.FormatSpec != 0 {
				sp--
				spec = slots[sp]
				slots[sp] = nil
			}
			res, err = vm.formatValue(slots[sp-1], arg&3, spec)
			sp--
			slots[sp] = nil
			goto pushResult

		case compile.YIELD_VALUE:
			sp--
			res = slots[sp]
			slots[sp] = nil
			f.pc, f.sp = pc, int32(sp)
			vm.yieldValue(t, f, res)
			goto reload
		case compile.LOAD_FAST_YIELD_VALUE:
			if res = slots[arg]; res == nil {
				goto unfuse
			}
			f.pc, f.sp = pc+1, int32(sp)
			vm.yieldValue(t, f, res)
			goto reload
		case compile.GET_YIELD_FROM_ITER:
			if _, ok := slots[sp-1].(*Generator); !ok {
				res, err = vm.getIter(slots[sp-1])
				sp--
				slots[sp] = nil
				goto pushResult
			}
		case compile.SEND:
			f.pc, f.sp = pc, int32(sp)
			if err = vm.send(t, f, arg); err != nil {
				goto raise
			}
			goto reload

		case compile.IMPORT_NAME:
			res, err = vm.importName(f, co.Names[arg], slots[sp-1], slots[sp-2])
			sp -= 2
			slots[sp], slots[sp+1] = nil, nil
			goto pushResult
		case compile.IMPORT_FROM:
			res, err = vm.importFrom(slots[sp-1], co.Names[arg])
			goto pushResult
		case compile.IMPORT_STAR:
			sp--
			err = vm.importStar(f, slots[sp])
			slots[sp] = nil
			if err != nil {
				goto raise
			}
		default:
			err = Errorf(SystemError, "unknown opcode %d", op)
			goto raise
		}
		continue

	returnValue:
		// The frame returns res.
		f.sp = int32(sp)
		if p := f.back; f.ext == nil && !f.stop && p != nil && p.code != nil {
			// Most returns: from a function frame to the Python frame that
			// called it, which returnFrom and propagate would reach in two
			// more calls.
			t.frame = p
			vm.complete(p, res)
		} else {
			vm.returnFrom(t, f, res)
		}
		if f.generator() == nil && !f.escaped && !f.stop {
			vm.frames.put(f)
		}
		goto reload

	readAttr:
		// The read of attribute attrName of x, for LOAD_ATTR and the fused
		// instructions that end in one: from an instance's dict, where the
		// caches say (the cached class is x's, it lets the dict decide,
		// and the entry where the name was last found holds the interned
		// name). This is cachedClass, cachedEntry and isInterned written
		// out, since a call from the loop costs it the spilling of all it
		// keeps in registers, and attribute reads are among its most
		// frequent instructions.
		if inst, ok := x.(*Instance); ok && inst.Dict != nil && attrName < len(co.lookups) {
			n := &co.lookups[attrName]
			e := &n.classes[0]
			if e.cls != inst.Class {
				e = &n.classes[1]
			}
			if ix := int(n.entry); e.cls == inst.Class && e.version == typeVersion && e.readsDict && ix < len(inst.Dict.entries) {
				entry := &inst.Dict.entries[ix]
				if k := (*eface)(unsafe.Pointer(&entry.key)); k.typ == strTypeWord {
					if s, name := *(*string)(k.data), co.Names[attrName]; len(s) == len(name) && unsafe.StringData(s) == unsafe.StringData(name) {
						slots[attrTo] = entry.value
						sp = attrTo + 1
						pc += attrSkip
						continue
					}
				}
			}
		}
		if op == compile.LOAD_ATTR {
			goto loadAttr
		}
		goto unfuse

	loadAttr:
		// LOAD_ATTR where readAttr's fast path does not apply.
		if inst, ok := x.(*Instance); ok {
			// An instance of a class without attribute hooks: the
			// generic lookup, with the class part cached.
			if e := co.classLookup(inst.Class, arg); !e.getattribute && !e.getattr {
				attr, owner := e.value, e.owner
				if p, ok := attr.(*Property); ok {
					if get, ok := p.Get.(*Function); ok {
						// The getter's frame, its result in the
						// object's place, without a pending call.
						callee, args, base = get, slots[sp-1:sp], sp-1
						goto callPython
					}
				} else if d := inst.Dict; d != nil && !e.dataDescriptor {
					if ix := co.dictLookup(d, arg); ix >= 0 {
						slots[sp-1] = d.entries[ix].value
						continue
					}
				}
				res, err = vm.genericGetAttrFound(x, co.Names[arg], attr, owner != nil)
				sp--
				slots[sp] = nil
				goto pushResult
			}
		}
		res, err = vm.getAttr(x, co.Names[arg])
		sp--
		slots[sp] = nil
		goto pushResult

	unfuse:
		// A fused instruction whose fast path does not apply: the first
		// of the pair runs as itself, and the second after it.
		word = word&^0xff | uint32(compile.Unfused(op))
		goto decode

	callPython:
		f.pc, f.sp = pc, int32(base)
		if c := callee.Code; c.plainCall && len(args) == c.ArgCount && (vm.recursionLimit <= 0 || int(f.depth)+1 < vm.recursionLimit) {
			// Most calls: the arguments become the first locals of a
			// pooled frame, with no call out of the loop but the pool's
			// (callFunction and pushFrame do the same, and all the rest).
			nf := vm.frames.pop(c.frameSize())
			if nf == nil {
				nf = newFrameOfSize(c.frameSize())
			}
			nf.frameEnv = &callee.env
			nf.sp = int32(c.nlocals)
			for i, a := range args {
				nf.slots[i] = a
			}
			nf.back, nf.depth = f, f.depth+1
			t.frame = nf
			clearSlots(slots, base, sp)
			goto reload
		}
		if g, cerr := vm.callFunction(t, callee, args, nil, nil); cerr != nil {
			f.sp = int32(sp)
			err = cerr
			goto raise
		} else if g != nil {
			clearSlots(slots, base, sp)
			sp = base
			slots[sp] = g
			sp++
			continue
		}
		clearSlots(slots, base, sp)
		goto reload

	pushResult:
		if err != nil {
			goto raise
		}
		if p, ok := res.(*pending); ok {
			f.pc, f.sp = pc, int32(sp)
			vm.startPending(f, p)
			goto reload
		}
		slots[sp] = res
		sp++
		continue

	discardResult:
		if err != nil {
			goto raise
		}
		if p, ok := res.(*pending); ok {
			f.pc, f.sp = pc, int32(sp)
			vm.startPending(f, p)
			goto reload
		}
		continue

	raise:
		f.pc, f.sp = pc, int32(sp)
		vm.unwind(t, f, err, reraise)
		reraise = false
		goto reload
	}
}

func negate(v Value) (Value, error) { return Bool(!bool(v.(Bool))), nil }

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// clearSlots sets slots lo to hi-1 to nil, one store at a time: for the
// few slots of a call, that beats clear, which calls into the runtime
// (a memclr and its bulk write barrier) whatever the size.
func clearSlots(slots []Value, lo, hi int) {
	for i := lo; i < hi; i++ {
		slots[i] = nil
	}
}

// spread pushes the items of t in reverse, so that the first item ends on
// top, as UNPACK_SEQUENCE leaves them.
func spread(slots []Value, sp int, t Tuple) int {
	for i := len(t) - 1; i >= 0; i-- {
		slots[sp] = t[i]
		sp++
	}
	return sp
}
