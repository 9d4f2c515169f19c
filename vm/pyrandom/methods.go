package pyrandom

import (
	"math"
	"math/big"
	"slices"
)

// RandBelow is random.py's _randbelow(n) for n > 0: getrandbits(k) with k
// the bit length of n, drawn again until it is below n.
func (r *Random) RandBelow(n *big.Int) *big.Int {
	if n.IsUint64() && n.BitLen() <= 64 {
		return new(big.Int).SetUint64(r.randBelow64(n.Uint64()))
	}
	k := n.BitLen()
	for {
		v, _ := r.GetRandBits(k)
		if v.Cmp(n) < 0 {
			return v
		}
	}
}

// randBelow64 is _randbelow for n > 0 that fits in 64 bits.
func (r *Random) randBelow64(n uint64) uint64 {
	k := 64
	for k > 0 && n>>(k-1) == 0 {
		k--
	}
	for {
		if v := r.bits64(k); v < n {
			return v
		}
	}
}

func (r *Random) randBelowInt(n int) int { return int(r.randBelow64(uint64(n))) }

// RandRange is randrange(start, stop, step) once the caller has made the
// arguments ints (3.11 takes an integral float with a DeprecationWarning
// and rejects others: "non-integer arg 1 for randrange()", "non-integer
// stop for randrange()", "non-integer step for randrange()"). A nil stop
// is randrange(start); a nil step is the default, 1, which is also what an
// explicit 1 amounts to.
func (r *Random) RandRange(start, stop, step *big.Int) (*big.Int, error) {
	one := big.NewInt(1)
	if stop == nil {
		if step != nil && step.Cmp(one) != 0 {
			return nil, &Error{Class: "TypeError", Msg: "Missing a non-None stop argument"}
		}
		if start.Sign() > 0 {
			return r.RandBelow(start), nil
		}
		return nil, valueError("empty range for randrange()")
	}
	width := new(big.Int).Sub(stop, start)
	if step == nil || step.Cmp(one) == 0 {
		if width.Sign() > 0 {
			return new(big.Int).Add(start, r.RandBelow(width)), nil
		}
		return nil, valueError("empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	// The number of values in range(start, stop, step), by floor division.
	var n *big.Int
	switch step.Sign() {
	case 1:
		n = new(big.Int).Add(width, step)
		n.Sub(n, one)
	case -1:
		n = new(big.Int).Add(width, step)
		n.Add(n, one)
	default:
		return nil, valueError("zero step for randrange()")
	}
	n = floorDiv(n, step)
	if n.Sign() <= 0 {
		return nil, valueError("empty range for randrange()")
	}
	v := r.RandBelow(n)
	return v.Mul(v, step).Add(v, start), nil
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: m >= 0
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// RandInt is randint(a, b), which is randrange(a, b+1).
func (r *Random) RandInt(a, b *big.Int) (*big.Int, error) {
	return r.RandRange(a, new(big.Int).Add(b, big.NewInt(1)), nil)
}

// Choice is choice(seq) for a sequence of length n: the index of the
// chosen item.
func (r *Random) Choice(n int) (int, error) {
	if n == 0 {
		return 0, &Error{Class: "IndexError", Msg: "Cannot choose from an empty sequence"}
	}
	return r.randBelowInt(n), nil
}

// Shuffle is shuffle(x) for a list of length n: it calls swap(i, j) for
// each exchange of x[i] and x[j], i from n-1 down to 1 (i == j happens).
func (r *Random) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		swap(i, r.randBelowInt(i+1))
	}
}

// Sample is sample(population, k) for a population of length n (the
// caller checks that it is a sequence): the indices of the chosen items,
// in order of choice. Like random.py it keeps a pool of the items not yet
// chosen when n is small next to k, and otherwise a set of the indices
// chosen, drawing again on a repeat; the two pick different items, so the
// switch between them is reproduced exactly.
func (r *Random) Sample(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, valueError("Sample larger than population or is negative")
	}
	result := make([]int, k)
	// The sizes, in words, of a small set and of the hash table a set of k
	// items grows (4**ceil(log4(3k))), against a list of n pointers.
	setSize := 21
	if k > 5 {
		// 3k is never a power of 4, so the least power of 4 above it is
		// what math.ceil(math.log(3k, 4)) gives.
		table := 1
		for table < 3*k {
			table *= 4
		}
		setSize += table
	}
	if n <= setSize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := range k {
			j := r.randBelowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]bool, k)
	for i := range k {
		j := r.randBelowInt(n)
		for selected[j] {
			j = r.randBelowInt(n)
		}
		selected[j] = true
		result[i] = j
	}
	return result, nil
}

// SampleCounts is sample(population, k, counts=counts): as sampling from
// the population with item i repeated counts[i] times, returning indices
// into the population. The caller checks that len(counts) equals the
// population's length ("The number of counts does not match the
// population") and that the counts are ints ("Counts must be integers").
func (r *Random) SampleCounts(counts []int, k int) ([]int, error) {
	cum := make([]int, len(counts))
	total := 0
	for i, c := range counts {
		total += c
		cum[i] = total
	}
	if len(cum) == 0 {
		return nil, &Error{Class: "IndexError", Msg: "pop from empty list"}
	}
	cum = cum[:len(cum)-1]
	if total <= 0 {
		return nil, valueError("Total of counts must be greater than zero")
	}
	picks, err := r.Sample(total, k)
	if err != nil {
		return nil, err
	}
	for i, s := range picks {
		picks[i] = bisectRight(cum, s)
	}
	return picks, nil
}

// bisectRight is bisect.bisect_right over ints.
func bisectRight(a []int, x int) int {
	i, _ := slices.BinarySearchFunc(a, x, func(e, t int) int {
		if e <= t {
			return -1
		}
		return 1
	})
	return i
}

// Choices is choices(population, k=k) without weights, for a population
// of length n: floor(random() * n) for each pick. A negative k makes no
// picks. With n == 0, CPython draws once and fails indexing the population,
// so Choices returns the single index 0 for the caller's indexing to fail
// on in the same way.
func (r *Random) Choices(n, k int) []int {
	if n == 0 && k > 0 {
		k = 1
	}
	picks := make([]int, max(k, 0))
	for i := range picks {
		picks[i] = int(math.Floor(r.Random() * float64(n)))
	}
	return picks
}

// ChoicesWeights is choices(population, weights, k=k): the weights are
// summed into cumulative weights, as itertools.accumulate does. Weights
// that are ints should be exact in a float64 (below 2**53), or the sums
// may differ from CPython's exact int sums.
func (r *Random) ChoicesWeights(weights []float64, k int) ([]int, error) {
	cum := make([]float64, len(weights))
	total := 0.0
	for i, w := range weights {
		if i == 0 {
			total = w
		} else {
			total += w
		}
		cum[i] = total
	}
	return r.ChoicesCumWeights(cum, k)
}

// ChoicesCumWeights is choices(population, cum_weights=cum, k=k): each pick
// bisects the cumulative weights at random() * total. The caller checks
// that len(cum) is the population's length ("The number of weights does
// not match the population") and that weights and cum_weights are not both
// given ("Cannot specify both weights and cumulative weights").
func (r *Random) ChoicesCumWeights(cum []float64, k int) ([]int, error) {
	if len(cum) == 0 {
		return nil, &Error{Class: "IndexError", Msg: "list index out of range"}
	}
	total := cum[len(cum)-1] + 0.0
	if total <= 0 {
		return nil, valueError("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, valueError("Total of weights must be finite")
	}
	hi := len(cum) - 1
	picks := make([]int, max(k, 0))
	for i := range picks {
		x := r.Random() * total
		// bisect_right(cum, x, 0, hi)
		lo, h := 0, hi
		for lo < h {
			mid := (lo + h) / 2
			if x < cum[mid] {
				h = mid
			} else {
				lo = mid + 1
			}
		}
		picks[i] = lo
	}
	return picks, nil
}
