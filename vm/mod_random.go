package vm

import (
	"crypto/rand"
	"encoding/binary"
	"math"
	"math/big"

	"tasklet/vm/pyrandom"
)

// The _random module: the Mersenne Twister generator that lib/random.py
// builds the random module on, as CPython's random.py builds on its
// _random. Besides the methods of CPython's _random.Random (random, seed,
// getstate, setstate, getrandbits), the type exposes the algorithms of
// random.py that vm/pyrandom implements, as underscore methods taking
// plain ints, floats and lists; random.py checks the arguments (so that the
// messages are Python's own) and calls them. They draw from the generator
// directly: a subclass that overrides random() changes random() alone, not
// the methods built on it as in CPython.

// A randomObject is an instance of _random.Random or of a subclass.
type randomObject struct {
	class *Type // a subclass, or nil
	dict  *Dict
	r     *pyrandom.Random
}

var randomType = newBuiltinType("Random")

func (o *randomObject) pyType() *Type {
	if o.class != nil {
		return o.class
	}
	return randomType
}

func (o *randomObject) instanceDict(create bool) *Dict {
	if o.dict == nil && create {
		o.dict = NewDict()
	}
	return o.dict
}

func init() {
	randomType.Module = "_random"
	randomType.newInstance = func(cls *Type) Value {
		o := &randomObject{r: pyrandom.New(big.NewInt(0))}
		seedFromOS(o.r)
		if cls != randomType {
			o.class = cls
		}
		return o
	}
	nativeModules["_random"] = newRandomModule
	method := func(name string, fn func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(randomType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			o, ok := self.(*randomObject)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '%s' requires a '_random.Random' object but received a '%s'", name, typeName(self))
			}
			return fn(vm, o.r, args, kw)
		})
	}
	method("random", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("Random.random", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return Float(r.Random()), nil
	})
	method("seed", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("seed", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			seedFromOS(r)
			return None, nil
		}
		return None, seedRandom(r, args[0])
	})
	method("getrandbits", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getrandbits", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withInt(args[0], func(k *big.Int) (Value, error) {
			if k.Sign() < 0 {
				return nil, Errorf(ValueError, "number of bits must be non-negative")
			}
			if !k.IsInt64() || k.Int64() > math.MaxInt32 {
				return nil, Errorf(OverflowError, "Python int too large to convert to C int")
			}
			n, err := r.GetRandBits(int(k.Int64()))
			if err != nil {
				return nil, randomError(err)
			}
			return MakeInt(n), nil
		})
	})
	method("getstate", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getstate", args, kw, 0, 0); err != nil {
			return nil, err
		}
		s := r.GetState()
		words := make(Tuple, 0, len(s.MT)+1)
		for _, w := range s.MT {
			words = append(words, Int(w))
		}
		words = append(words, Int(s.Index))
		var gauss Value = None
		if s.HasGaussNext {
			gauss = Float(s.GaussNext)
		}
		return Tuple{Int(3), words, gauss}, nil
	})
	method("setstate", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("setstate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, setRandomState(r, args[0])
	})
	method("randbytes", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("randbytes", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withInt(args[0], func(n *big.Int) (Value, error) {
			if n.Sign() < 0 {
				return nil, Errorf(ValueError, "number of bits must be non-negative")
			}
			if !n.IsInt64() || n.Int64() > math.MaxInt32/8 {
				return nil, Errorf(OverflowError, "Python int too large to convert to C int")
			}
			return Bytes(r.RandBytes(int(n.Int64()))), nil
		})
	})
	// The helpers random.py calls once it has checked its arguments. They
	// can be called directly all the same, so privateArgs checks what
	// they take for granted.
	method("_randbelow", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_randbelow", args, kw, "n")
		if err != nil {
			return nil, err
		}
		if toBig(args[0]).Sign() <= 0 {
			// Python's _randbelow would draw forever.
			return nil, Errorf(ValueError, "_randbelow() needs a positive int")
		}
		return MakeInt(r.RandBelow(toBig(args[0]))), nil
	})
	method("_randrange", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_randrange", args, kw, "nNN")
		if err != nil {
			return nil, err
		}
		var stop, step *big.Int
		if args[1] != None {
			stop = toBig(args[1])
		}
		if args[2] != None {
			step = toBig(args[2])
		}
		n, err := r.RandRange(toBig(args[0]), stop, step)
		if err != nil {
			return nil, randomError(err)
		}
		return MakeInt(n), nil
	})
	method("_shuffle", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_shuffle", args, kw, "l")
		if err != nil {
			return nil, err
		}
		items := listSelf(args[0]).Items
		r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		return None, nil
	})
	method("_sample", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_sample", args, kw, "ik")
		if err != nil {
			return nil, err
		}
		picks, err := r.Sample(int(args[0].(Int)), int(args[1].(Int)))
		return intList(picks), randomError(err)
	})
	method("_sample_counts", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_sample_counts", args, kw, "lk")
		if err != nil {
			return nil, err
		}
		var counts []int
		for _, c := range listSelf(args[0]).Items {
			n, ok := c.(Int)
			if !ok {
				return nil, Errorf(TypeError, "Counts must be integers")
			}
			counts = append(counts, int(n))
		}
		picks, err := r.SampleCounts(counts, int(args[1].(Int)))
		return intList(picks), randomError(err)
	})
	method("_choices", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_choices", args, kw, "ik")
		if err != nil {
			return nil, err
		}
		return intList(r.Choices(int(args[0].(Int)), int(args[1].(Int)))), nil
	})
	method("_choices_cum", func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
		args, err := privateArgs(vm, "_choices_cum", args, kw, "Lk")
		if err != nil {
			return nil, err
		}
		picks, err := r.ChoicesCumWeights(floatList(args[0]), int(args[1].(Int)))
		return intList(picks), randomError(err)
	})
	// The real-valued distributions, with float arguments.
	dist := func(name string, f func(r *pyrandom.Random, xs []float64) (float64, error)) {
		method(name, func(vm *VM, r *pyrandom.Random, args []Value, kw []Kwarg) (Value, error) {
			kinds := "ff"
			switch {
			case name == "_expovariate" || name == "_paretovariate":
				kinds = "f"
			case name == "_triangular" && len(args) == 3:
				kinds = "fff"
			}
			args, err := privateArgs(vm, name, args, kw, kinds)
			if err != nil {
				return nil, err
			}
			xs := make([]float64, len(args))
			for i, a := range args {
				xs[i] = float64(a.(Float))
			}
			v, err := f(r, xs)
			if err != nil {
				return nil, randomError(err)
			}
			return Float(v), nil
		})
	}
	dist("_uniform", func(r *pyrandom.Random, x []float64) (float64, error) { return r.Uniform(x[0], x[1]), nil })
	dist("_triangular", func(r *pyrandom.Random, x []float64) (float64, error) {
		if len(x) == 2 {
			return r.Triangular(x[0], x[1], 0, false), nil
		}
		return r.Triangular(x[0], x[1], x[2], true), nil
	})
	dist("_normalvariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.NormalVariate(x[0], x[1]), nil })
	dist("_gauss", func(r *pyrandom.Random, x []float64) (float64, error) { return r.Gauss(x[0], x[1]), nil })
	dist("_lognormvariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.LogNormVariate(x[0], x[1]) })
	dist("_expovariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.ExpoVariate(x[0]) })
	dist("_paretovariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.ParetoVariate(x[0]) })
	dist("_weibullvariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.WeibullVariate(x[0], x[1]) })
	dist("_gammavariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.GammaVariate(x[0], x[1]) })
	dist("_betavariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.BetaVariate(x[0], x[1]) })
	dist("_vonmisesvariate", func(r *pyrandom.Random, x []float64) (float64, error) { return r.VonMisesVariate(x[0], x[1]) })
}

func newRandomModule(vm *VM) *Module {
	m := vm.newModule("_random")
	m.Dict.SetStr("Random", randomType)
	return m
}

// seedFromOS seeds as seed(None) does: from the operating system's
// randomness (2496 bytes, as CPython reads).
func seedFromOS(r *pyrandom.Random) {
	var buf [624 * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic("vm: no operating system randomness: " + err.Error())
	}
	key := make([]uint32, 624)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	r.SeedKey(key)
}

// seedRandom is _random.Random.seed(a) for the types random.seed accepts
// (random.py has already turned other types away).
func seedRandom(r *pyrandom.Random, a Value) error {
	if i, ok := intValue(a); ok {
		r.Seed(toBig(i))
		return nil
	}
	if f, ok := floatValue(a); ok {
		r.SeedHash(floatHash(float64(f)))
		return nil
	}
	switch s := a.(type) {
	case Str:
		r.SeedBytes([]byte(s))
	case Bytes:
		r.SeedBytes([]byte(s))
	case *Instance:
		if p, ok := s.Payload.(Str); ok {
			r.SeedBytes([]byte(p))
			return nil
		}
		return Errorf(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	default:
		return Errorf(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	return nil
}

// setRandomState is setstate((version, internal state, gauss_next)).
func setRandomState(r *pyrandom.Random, v Value) error {
	t, ok := v.(Tuple)
	if !ok {
		return Errorf(TypeError, "state vector must be a tuple")
	}
	if len(t) != 3 {
		return Errorf(ValueError, "not enough values to unpack (expected 3, got %d)", len(t))
	}
	if ver, ok := t[0].(Int); !ok || ver != 3 {
		return Errorf(ValueError, "state with version %s passed to Random.setstate() of version 3", reprSimple(t[0]))
	}
	words, ok := t[1].(Tuple)
	if !ok {
		return Errorf(TypeError, "state vector must be a tuple")
	}
	var s pyrandom.State
	if len(words) != len(s.MT)+1 {
		return Errorf(ValueError, "state vector is the wrong size")
	}
	for i, w := range words {
		n, ok := w.(Int)
		if !ok || n < 0 || n > math.MaxUint32 {
			return Errorf(OverflowError, "Python int too large to convert to C unsigned long")
		}
		if i < len(s.MT) {
			s.MT[i] = uint32(n)
		} else {
			s.Index = int(n)
		}
	}
	if g, ok := floatValue(t[2]); ok {
		s.GaussNext, s.HasGaussNext = float64(g), true
	} else if t[2] != None {
		return Errorf(TypeError, "must be real number, not %s", typeName(t[2]))
	}
	return randomError(r.SetState(s))
}

// randomError turns a pyrandom error into the Python exception.
func randomError(err error) error {
	e, ok := err.(*pyrandom.Error)
	if !ok {
		return err
	}
	cls := map[string]*Type{
		"ValueError": ValueError, "IndexError": IndexError, "TypeError": TypeError,
		"ZeroDivisionError": ZeroDivisionError, "OverflowError": OverflowError,
	}[e.Class]
	if cls == nil {
		cls = ValueError
	}
	return Errorf(cls, "%s", e.Msg)
}

func intList(xs []int) Value {
	items := make([]Value, len(xs))
	for i, x := range xs {
		items[i] = Int(x)
	}
	return &List{Items: items}
}

func floatList(v Value) []float64 {
	items := listSelf(v).Items
	fs := make([]float64, len(items))
	for i, x := range items {
		fs[i] = float64(x.(Float))
	}
	return fs
}

// privateArgs checks the arguments of a private helper of Random, one
// letter of kinds for each: n an int, N an int or None, i a small int, k a
// number of items to make (a small int, checked against memory), l a list,
// L a list of floats, f a float. It returns a copy of the arguments with
// the small ints made Int.
func privateArgs(vm *VM, name string, args []Value, kw []Kwarg, kinds string) ([]Value, error) {
	if err := checkArgs(name, args, kw, len(kinds), len(kinds)); err != nil {
		return nil, err
	}
	args = append([]Value(nil), args...)
	for i, k := range kinds {
		a := args[i]
		ok := true
		switch k {
		case 'n', 'N':
			_, ok = a.(Int)
			if _, big := a.(*big.Int); big || k == 'N' && a == None {
				ok = true
			}
		case 'i', 'k':
			n, err := vm.intArg(a)
			if err != nil {
				return nil, err
			}
			args[i] = Int(n)
			if k == 'k' {
				if err := vm.reserve(max(int64(n), 0), valueBytes); err != nil {
					return nil, err
				}
			}
		case 'l', 'L':
			var l *List
			if l, ok = a.(*List); ok && k == 'L' {
				for _, x := range l.Items {
					if _, ok = x.(Float); !ok {
						break
					}
				}
			}
		case 'f':
			_, ok = a.(Float)
		}
		if !ok {
			return nil, Errorf(TypeError, "%s() argument %d has the wrong type: %s", name, i+1, typeName(a))
		}
	}
	return args, nil
}
