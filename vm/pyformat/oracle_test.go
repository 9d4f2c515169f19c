package pyformat

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// The expectations in testdata/cases.json come from CPython 3.11 running
// testdata/gen.py. This is the interpreter that wrote them; another python3
// on PATH may be a different build.
const oraclePython = "/usr/bin/python3"

// TestCasesMatchOracle reruns the generator so that the checked-in
// expectations cannot drift from what CPython says.
func TestCasesMatchOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs CPython")
	}
	if _, err := os.Stat(oraclePython); err != nil {
		t.Skip("no " + oraclePython)
	}
	out, err := exec.Command(oraclePython, "testdata/gen.py").Output()
	require.NoError(t, err)
	want, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	require.True(t, string(out) == string(want),
		"testdata/cases.json is stale: run %s testdata/gen.py > testdata/cases.json", oraclePython)
}

// A outcome is what CPython gave for a case: a result, or an exception.
type outcome struct {
	Out *string   `json:"out"`
	Err *[]string `json:"err"`
}

// check compares a Go result with the case's outcome.
func (o outcome) check(t *testing.T, got string, err error, what string) {
	t.Helper()
	if o.Err != nil {
		want := &Error{Class: (*o.Err)[0], Msg: (*o.Err)[1]}
		if err == nil {
			t.Errorf("%s: got %q, want %s", what, got, want)
			return
		}
		if err.Error() != want.Error() {
			t.Errorf("%s: got error %s, want %s", what, err, want)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: got error %s, want %q", what, err, *o.Out)
		return
	}
	if got != *o.Out {
		t.Errorf("%s: got %q, want %q", what, got, *o.Out)
	}
}

// A value is a Python value as gen.py encodes it.
type value struct {
	I  *string          `json:"i"`
	F  *string          `json:"f"`
	S  *string          `json:"s"`
	T  []value          `json:"t"`
	FS []value          `json:"fs"`
	M  map[string]value `json:"m"`
}

func parseHexFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return f
}

func parseBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 0)
	require.True(t, ok, s)
	return v
}

type cases struct {
	Repr []struct {
		V   string `json:"v"`
		Out string `json:"out"`
	} `json:"repr"`
	Format []struct {
		V    value  `json:"v"`
		Spec string `json:"spec"`
		outcome
	} `json:"format"`
	Percent []struct {
		Fmt  string `json:"fmt"`
		Args value  `json:"args"`
		outcome
	} `json:"percent"`
	ParseInt []struct {
		S    string `json:"s"`
		Base int    `json:"base"`
		outcome
	} `json:"parse_int"`
	ParseFloat []struct {
		S string `json:"s"`
		outcome
	} `json:"parse_float"`
	IntOps []struct {
		Op string `json:"op"`
		A  string `json:"a"`
		B  string `json:"b"`
		C  string `json:"c"`
		outcome
	} `json:"int_ops"`
	FloatOps []struct {
		Op string `json:"op"`
		A  string `json:"a"`
		B  string `json:"b"`
		N  int    `json:"n"`
		outcome
	} `json:"float_ops"`
	Hash []struct {
		V   value  `json:"v"`
		Out string `json:"out"`
	} `json:"hash"`
	Spaces []struct {
		V rune `json:"v"`
	} `json:"spaces"`
	Digits []struct {
		V   rune   `json:"v"`
		Out string `json:"out"`
	} `json:"digits"`
	Math []struct {
		X, Log, Exp, Sin, Cos, Acos string
		Y                           string
		Py                          outcome
		CR                          string
	} `json:"math"`
}

func loadCases(t *testing.T) *cases {
	t.Helper()
	data, err := os.ReadFile("testdata/cases.json")
	require.NoError(t, err)
	var c cases
	require.NoError(t, json.Unmarshal(data, &c))
	return &c
}

func TestFloatRepr(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Repr)
	for _, tc := range c.Repr {
		f := parseHexFloat(t, tc.V)
		if got := FloatRepr(f); got != tc.Out {
			t.Errorf("repr(%s): got %q, want %q", tc.V, got, tc.Out)
		}
	}
}

func TestFormat(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Format)
	for _, tc := range c.Format {
		var typeName string
		switch {
		case tc.V.I != nil:
			typeName = "int"
		case tc.V.F != nil:
			typeName = "float"
		default:
			typeName = "str"
		}
		what := fmt.Sprintf("format(%s %v, %q)", typeName, tc.V.describe(), tc.Spec)
		spec, err := ParseSpec(tc.Spec, typeName)
		var got string
		if err == nil {
			switch typeName {
			case "int":
				got, err = FormatInt(parseBig(t, *tc.V.I), spec)
			case "float":
				got, err = FormatFloat(parseHexFloat(t, *tc.V.F), spec)
			default:
				got, err = FormatStr(*tc.V.S, spec)
			}
		}
		tc.check(t, got, err, what)
	}
}

func (v value) describe() string {
	switch {
	case v.I != nil:
		return *v.I
	case v.F != nil:
		return *v.F
	case v.S != nil:
		return strconv.Quote(*v.S)
	}
	return "?"
}

// percentFormat is the % operator as a VM would build it from ParsePercent
// and the conversion functions, for the ints, floats and strs of the
// cases: it follows the steps documented on ParsePercent.
func percentFormat(t *testing.T, format string, args value) (string, error) {
	typeErr := func(msg string) error { return &Error{Class: "TypeError", Msg: msg} }
	var tuple []value
	isMapping := args.M != nil
	if !isMapping {
		tuple = args.T
	}
	next := 0
	take := func() (value, error) {
		if next >= len(tuple) {
			return value{}, typeErr("not enough arguments for format string")
		}
		next++
		return tuple[next-1], nil
	}
	takeInt := func() (int, error) {
		v, err := take()
		if err != nil {
			return 0, err
		}
		if v.I == nil {
			return 0, typeErr("* wants int")
		}
		n, err := strconv.Atoi(*v.I)
		require.NoError(t, err)
		return n, nil
	}
	var out []byte
	for _, p := range ParsePercent(format) {
		if p.Literal {
			out = append(out, p.Text...)
			continue
		}
		if p.HasKey {
			if !isMapping {
				return "", typeErr("format requires a mapping")
			}
			if p.Fail == FailKey {
				return "", p.Err
			}
			v, ok := args.M[p.Key]
			if !ok {
				return "", &Error{Class: "KeyError", Msg: StrRepr(p.Key)}
			}
			tuple, next = []value{v}, 0
		}
		if p.WidthStar {
			n, err := takeInt()
			if err != nil {
				return "", err
			}
			p.SetStarWidth(n)
		}
		if p.PrecStar {
			n, err := takeInt()
			if err != nil {
				return "", err
			}
			p.SetStarPrec(n)
		}
		if p.Fail == FailSpec {
			return "", p.Err
		}
		v, err := take()
		if err != nil {
			return "", err
		}
		var s string
		switch p.Conv {
		case 'd', 'i', 'u', 'o', 'x', 'X', 'c':
			var n *big.Int
			switch {
			case v.I != nil:
				n = parseBig(t, *v.I)
			case v.F != nil && p.Conv != 'o' && p.Conv != 'x' && p.Conv != 'X' && p.Conv != 'c':
				n, err = FloatToInt(parseHexFloat(t, *v.F))
			case v.F != nil && p.Conv != 'c':
				return "", typeErr(fmt.Sprintf("%%%c format: an integer is required, not float", p.Conv))
			case v.S != nil && p.Conv == 'c' && runeLen(*v.S) == 1:
				s = PercentStr(*v.S, p)
			default:
				t.Fatalf("case not covered by the test driver: %q", format)
			}
			if n != nil {
				s, err = PercentInt(n, p)
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			var f float64
			if v.I != nil {
				f, err = IntToFloat(parseBig(t, *v.I))
			} else {
				f = parseHexFloat(t, *v.F)
			}
			if err == nil {
				s, err = PercentFloat(f, p)
			}
		case 's', 'r', 'a':
			var text string
			switch {
			case v.I != nil:
				text = *v.I
			case v.F != nil:
				text = FloatRepr(parseHexFloat(t, *v.F))
			case p.Conv == 's':
				text = *v.S
			default:
				text = StrRepr(*v.S) // the cases' strings for %a are ASCII
			}
			s = PercentStr(text, p)
		default:
			require.Equal(t, FailConv, p.Fail)
			return "", p.Err
		}
		if err != nil {
			return "", err
		}
		out = append(out, s...)
	}
	if !isMapping && next < len(tuple) {
		return "", typeErr("not all arguments converted during string formatting")
	}
	return string(out), nil
}

func TestPercent(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Percent)
	for _, tc := range c.Percent {
		got, err := percentFormat(t, tc.Fmt, tc.Args)
		tc.check(t, got, err, fmt.Sprintf("%q %% ...", tc.Fmt))
	}
}

func TestParseInt(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.ParseInt)
	for _, tc := range c.ParseInt {
		got := ""
		v, err := ParseInt(tc.S, tc.Base)
		if err == nil {
			got = IntToBase(v, 16)
		}
		tc.check(t, got, err, fmt.Sprintf("int(%q, %d)", tc.S, tc.Base))
	}
}

func TestParseFloat(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.ParseFloat)
	for _, tc := range c.ParseFloat {
		got := ""
		f, err := ParseFloat(tc.S)
		if err == nil {
			got = FloatHex(f)
		}
		tc.check(t, got, err, fmt.Sprintf("float(%q)", tc.S))
	}
}

func TestIntOps(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.IntOps)
	for _, tc := range c.IntOps {
		a := parseBig(t, tc.A)
		var got string
		var err error
		var r *big.Int
		switch tc.Op {
		case "//":
			r, err = FloorDiv(a, parseBig(t, tc.B))
		case "%":
			r, err = Mod(a, parseBig(t, tc.B))
		case "divmod":
			var q *big.Int
			q, r, err = DivMod(a, parseBig(t, tc.B))
			if err == nil {
				got = q.String() + " " + r.String()
			}
			r = nil
		case "/":
			var f float64
			f, err = TrueDiv(a, parseBig(t, tc.B))
			got = FloatHex(f)
		case "pow":
			r, err = PowMod(a, parseBig(t, tc.B), parseBig(t, tc.C))
		case "base":
			got = IntToBase(a, 2) + " " + IntToBase(a, 8) + " " + IntToBase(a, 16)
		case "float":
			var f float64
			f, err = IntToFloat(a)
			got = FloatHex(f)
		case "str":
			got, err = IntToDecimal(a)
			got = strconv.Itoa(len(got))
		default:
			t.Fatalf("unknown op %q", tc.Op)
		}
		if r != nil {
			got = r.String()
		}
		tc.check(t, got, err, fmt.Sprintf("%s %s %s %s", tc.Op, tc.A, tc.B, tc.C))
	}
}

func TestFloatOps(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.FloatOps)
	for _, tc := range c.FloatOps {
		var got string
		var err error
		var a float64
		if tc.Op != "fromhex" {
			a = parseHexFloat(t, tc.A)
		}
		switch tc.Op {
		case "%":
			var f float64
			f, err = FloatMod(a, parseHexFloat(t, tc.B))
			got = FloatHex(f)
		case "//":
			var f float64
			f, err = FloatFloorDiv(a, parseHexFloat(t, tc.B))
			got = FloatHex(f)
		case "divmod":
			var q, r float64
			q, r, err = FloatDivMod(a, parseHexFloat(t, tc.B))
			got = FloatHex(q) + " " + FloatHex(r)
		case "round":
			var v *big.Int
			v, err = Round(a)
			if err == nil {
				got = v.String()
			}
		case "roundn":
			var f float64
			f, err = RoundN(a, tc.N)
			got = FloatHex(f)
		case "int":
			var v *big.Int
			v, err = FloatToInt(a)
			if err == nil {
				got = v.String()
			}
		case "is_integer":
			got = "False"
			if IsInteger(a) {
				got = "True"
			}
		case "ratio":
			var n, d *big.Int
			n, d, err = AsIntegerRatio(a)
			if err == nil {
				got = n.String() + "/" + d.String()
			}
		case "hex":
			got = FloatHex(a)
		case "fromhex":
			var f float64
			f, err = FloatFromHex(tc.A)
			got = FloatHex(f)
		default:
			t.Fatalf("unknown op %q", tc.Op)
		}
		tc.check(t, got, err, fmt.Sprintf("%s %s %s %d", tc.Op, tc.A, tc.B, tc.N))
	}
}

// hashOf computes hash(v) from the hashes of its parts, as a VM would.
func hashOf(t *testing.T, v value) int64 {
	switch {
	case v.I != nil:
		return HashInt(parseBig(t, *v.I))
	case v.F != nil:
		h, ok := HashFloat(parseHexFloat(t, *v.F))
		require.True(t, ok)
		return h
	case v.T != nil:
		items := make([]int64, len(v.T))
		for i, item := range v.T {
			items[i] = hashOf(t, item)
		}
		return HashTuple(items)
	case v.FS != nil:
		items := make([]int64, len(v.FS))
		for i, item := range v.FS {
			items[i] = hashOf(t, item)
		}
		return HashFrozenset(items)
	}
	t.Fatalf("cannot hash %+v", v)
	return 0
}

func TestHash(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Hash)
	for _, tc := range c.Hash {
		if got := strconv.FormatInt(hashOf(t, tc.V), 10); got != tc.Out {
			t.Errorf("hash(%+v): got %s, want %s", tc.V.describe(), got, tc.Out)
		}
	}
	h, ok := HashFloat(math.NaN())
	require.False(t, ok)
	require.Zero(t, h)
	// The int64 path and the big path agree around the modulus.
	for _, v := range []int64{0, -1, -2, hashModulus, -hashModulus, hashModulus + 5, math.MinInt64, math.MaxInt64} {
		require.Equal(t, HashInt(new(big.Int).Add(big.NewInt(v), big.NewInt(0))), HashInt64(v))
	}
}

// TestUnicodeTables checks the characters int() and float() treat as
// whitespace and as digits against CPython's str.isspace and
// str.isdecimal. ASCII is read as C does (so \x1c, a space to isspace, is
// not one to int()); above it the whitespace sets must be equal. Go's
// Unicode tables may be newer than CPython 3.11's, so for digits only
// CPython's are checked.
func TestUnicodeTables(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Spaces)
	spaces := map[rune]bool{}
	for _, tc := range c.Spaces {
		spaces[tc.V] = true
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		text, _ := toASCIINumber(string(r))
		if (text == " ") != spaces[r] {
			t.Errorf("%U: int() reads it as %q; str.isspace says %v", r, text, spaces[r])
		}
	}
	require.NotEmpty(t, c.Digits)
	for _, tc := range c.Digits {
		require.Equal(t, tc.Out, strconv.Itoa(decimalValue(tc.V)), "%U", tc.V)
	}
}
