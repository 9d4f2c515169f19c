package syntax

// A Node is any node of the syntax tree. Every node embeds a Range.
type Node interface {
	Span() Range
}

// An Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// A File is a parsed source file.
type File struct {
	Range
	Path     string
	Body     []Stmt
	Comments []Comment
}

// Docstring returns the docstring of a module, class or function body: its
// first statement when that is a plain string literal.
func Docstring(body []Stmt) (*BasicLit, bool) {
	if len(body) == 0 {
		return nil, false
	}
	if es, ok := body[0].(*ExprStmt); ok {
		if lit, ok := es.X.(*BasicLit); ok && lit.Kind == StringLit {
			return lit, true
		}
	}
	return nil, false
}

// ---- Expressions ----

// A Name is an identifier: a variable reference, or the name in a def,
// class, parameter, keyword argument, attribute, import or global statement.
type Name struct {
	Range
	Id string
}

// LitKind is the kind of a BasicLit.
type LitKind uint8

const (
	IntLit LitKind = iota
	FloatLit
	ImagLit
	StringLit
	BytesLit
	NoneLit
	TrueLit
	FalseLit
	EllipsisLit
)

// A BasicLit is a literal constant. Adjacent string literals ("a" "b") form
// one BasicLit; Value holds the decoded constant:
// int64 or *big.Int for IntLit, float64 for FloatLit and ImagLit (the
// imaginary part), string for StringLit, []byte for BytesLit, nil otherwise.
type BasicLit struct {
	Range
	Kind  LitKind
	Value any
}

// An FString is an f-string, possibly concatenated with plain strings.
// Values alternates *BasicLit string pieces and *FormattedValue fields.
type FString struct {
	Range
	Values []Expr
}

// A FormattedValue is one replacement field {value!conv:spec} of an f-string.
type FormattedValue struct {
	Range
	Value      Expr
	Conversion byte     // 0, 's', 'r' or 'a'
	Spec       *FString // nil if there is no format spec
	Debug      string   // for f"{x=}", the text "x=" that is printed before the value
}

// A Tuple is a tuple display or an implicit tuple (a, b = ...). Parens
// reports whether it was written in parentheses; the range then includes
// them.
type Tuple struct {
	Range
	Elts   []Expr
	Parens bool
}

// A List is a list display [a, b].
type List struct {
	Range
	Elts []Expr
}

// A Set is a set display {a, b}.
type Set struct {
	Range
	Elts []Expr
}

// A Dict is a dict display. A nil key marks a **mapping item, whose value
// is in Values.
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// CompKind distinguishes the comprehensions.
type CompKind uint8

const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GeneratorExp
)

// A Comp is a list, set, dict comprehension or generator expression.
// For a DictComp, Key and Elt hold the key and the value.
type Comp struct {
	Range
	Kind CompKind
	Key  Expr
	Elt  Expr
	For  []*CompFor
}

// A CompFor is one "for target in iter if cond ..." clause.
type CompFor struct {
	Range
	Target Expr
	Iter   Expr
	Ifs    []Expr
	Async  bool
}

// An Attribute is x.name.
type Attribute struct {
	Range
	X    Expr
	Attr *Name
}

// A Subscript is x[index]; a slice index is a *Slice, several indices a
// *Tuple.
type Subscript struct {
	Range
	X     Expr
	Index Expr
}

// A Slice is lo:hi:step inside a subscript; missing parts are nil.
type Slice struct {
	Range
	Lo, Hi, Step Expr
}

// A Call is f(args). Args holds positional arguments (a *Starred for *x);
// Keywords holds name=value and **mapping arguments.
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
	Rparen   Pos
}

// A Keyword is name=value in a call or class definition; Name is nil for
// **mapping.
type Keyword struct {
	Range
	Name  *Name
	Value Expr
}

// A Starred is *x in a call, display or assignment target.
type Starred struct {
	Range
	Value Expr
}

// A UnaryExpr is -x, +x, ~x or not x.
type UnaryExpr struct {
	Range
	Op TokenKind // MINUS, PLUS, TILDE or NOT
	X  Expr
}

// A BinaryExpr is x op y for the arithmetic, bitwise and shift operators,
// and for 'and'/'or' (Op AND or OR).
type BinaryExpr struct {
	Range
	Op    TokenKind
	OpPos Pos
	X, Y  Expr
}

// A Compare is a comparison chain x < y <= z. Ops holds the operators; "not
// in" is NOTIN and "is not" ISNOT.
type Compare struct {
	Range
	Left  Expr
	Ops   []CmpOp
	Right []Expr
}

// CmpOp is a comparison operator.
type CmpOp uint8

const (
	CmpEq CmpOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
	CmpIs
	CmpIsNot
	CmpIn
	CmpNotIn
)

var cmpOpNames = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func (op CmpOp) String() string { return cmpOpNames[op] }

// An IfExp is body if test else orelse.
type IfExp struct {
	Range
	Test, Body, Orelse Expr
}

// A Lambda is lambda params: body.
type Lambda struct {
	Range
	Params *Params
	Body   Expr
}

// A NamedExpr is target := value.
type NamedExpr struct {
	Range
	Target *Name
	Value  Expr
}

// A Yield is yield value or yield from value (From set).
type Yield struct {
	Range
	Value Expr // may be nil for a bare yield
	From  bool
}

// An Await is await x (rejected by the language, kept in the tree).
type Await struct {
	Range
	Value Expr
}

// A BadExpr stands where an expression could not be parsed.
type BadExpr struct {
	Range
}

func (*Name) exprNode()           {}
func (*BasicLit) exprNode()       {}
func (*FString) exprNode()        {}
func (*FormattedValue) exprNode() {}
func (*Tuple) exprNode()          {}
func (*List) exprNode()           {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*Comp) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Call) exprNode()           {}
func (*Starred) exprNode()        {}
func (*UnaryExpr) exprNode()      {}
func (*BinaryExpr) exprNode()     {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*Lambda) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*Yield) exprNode()          {}
func (*Await) exprNode()          {}
func (*BadExpr) exprNode()        {}

// ---- Function parameters ----

// ParamKind says how an argument binds to a parameter.
type ParamKind uint8

const (
	PosOnlyParam ParamKind = iota // before '/'
	NormalParam
	VarArgsParam // *args
	KwOnlyParam  // after * or *args
	VarKwParam   // **kwargs
)

// A Param is one parameter of a def or lambda.
type Param struct {
	Range
	Kind       ParamKind
	Name       *Name
	Annotation Expr // nil if absent
	Default    Expr // nil if absent
}

// Params is a parameter list, in source order.
type Params struct {
	Range
	List []*Param
}

// ---- Statements ----

// An ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Range
	X Expr
}

// An Assign is t1 = t2 = ... = value.
type Assign struct {
	Range
	Targets []Expr
	Value   Expr
}

// An AugAssign is target op= value; Op is the binary operator (PLUS for +=).
type AugAssign struct {
	Range
	Target Expr
	Op     TokenKind
	Value  Expr
}

// An AnnAssign is target: annotation [= value].
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr // may be nil
	Simple     bool // the target is a bare name, not in parentheses
}

// A Delete is del targets.
type Delete struct {
	Range
	Targets []Expr
}

// A Pass, Break or Continue statement; Kind is PASS, BREAK or CONTINUE.
type BranchStmt struct {
	Range
	Kind TokenKind
}

// A Return is return [value].
type Return struct {
	Range
	Value Expr
}

// A Raise is raise [exc [from cause]].
type Raise struct {
	Range
	Exc, Cause Expr
}

// A Global or Nonlocal statement; Kind is GLOBAL or NONLOCAL.
type Global struct {
	Range
	Kind  TokenKind
	Names []*Name
}

// An Import is import a.b.c [as d], ...
type Import struct {
	Range
	Names []*Alias
}

// An ImportFrom is from [.]*module import names. Names is nil for "import *";
// Star then holds its position.
type ImportFrom struct {
	Range
	Level  int
	Module *DottedName // nil for "from . import x"
	Names  []*Alias
	Star   Range
}

// A DottedName is a module path a.b.c; Names holds each part.
type DottedName struct {
	Range
	Names []*Name
}

// String returns the dotted path.
func (d *DottedName) String() string {
	s := ""
	for i, n := range d.Names {
		if i > 0 {
			s += "."
		}
		s += n.Id
	}
	return s
}

// An Alias is name [as asname] in an import. In Import the name is a dotted
// module path; in ImportFrom it has one part.
type Alias struct {
	Range
	Name   *DottedName
	AsName *Name // nil if absent
}

// An Assert is assert test [, msg].
type Assert struct {
	Range
	Test, Msg Expr
}

// An If statement. An elif clause is an *If alone in Orelse, whose range
// starts at the elif keyword (as in CPython).
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
	Elif   bool // this If is an elif clause
}

// A While loop.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// A For loop.
type For struct {
	Range
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
	Async  bool
}

// A With statement.
type With struct {
	Range
	Items []*WithItem
	Body  []Stmt
	Async bool
}

// A WithItem is context [as target].
type WithItem struct {
	Range
	Context Expr
	Target  Expr // may be nil
}

// A Try statement. Star reports except* clauses (rejected by the
// language).
type Try struct {
	Range
	Body     []Stmt
	Handlers []*ExceptHandler
	Orelse   []Stmt
	Finally  []Stmt
	Star     bool
}

// An ExceptHandler is except [type [as name]]: body.
type ExceptHandler struct {
	Range
	Type Expr  // nil for a bare except
	Name *Name // may be nil
	Body []Stmt
}

// A FuncDef is a def statement. Its range starts at 'def' (or 'async'),
// not at the decorators, as in CPython.
type FuncDef struct {
	Range
	Decorators []Expr
	Name       *Name
	Params     *Params
	Returns    Expr // may be nil
	Body       []Stmt
	Async      bool
}

// A ClassDef is a class statement.
type ClassDef struct {
	Range
	Decorators []Expr
	Name       *Name
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
}

// A Match statement (rejected by the language, kept in the tree so that
// the names it binds and uses can be navigated). Patterns are parsed as
// expressions.
type Match struct {
	Range
	Subject Expr
	Cases   []*MatchCase
}

// A MatchCase is case pattern [if guard]: body.
type MatchCase struct {
	Range
	Pattern Expr
	Guard   Expr
	Body    []Stmt
}

// A BadStmt stands where a statement could not be parsed. When the broken
// line opened a block, Body holds the statements of that block, so that
// definitions inside it remain visible.
type BadStmt struct {
	Range
	Body []Stmt
}

func (*ExprStmt) stmtNode()   {}
func (*Assign) stmtNode()     {}
func (*AugAssign) stmtNode()  {}
func (*AnnAssign) stmtNode()  {}
func (*Delete) stmtNode()     {}
func (*BranchStmt) stmtNode() {}
func (*Return) stmtNode()     {}
func (*Raise) stmtNode()      {}
func (*Global) stmtNode()     {}
func (*Import) stmtNode()     {}
func (*ImportFrom) stmtNode() {}
func (*Assert) stmtNode()     {}
func (*If) stmtNode()         {}
func (*While) stmtNode()      {}
func (*For) stmtNode()        {}
func (*With) stmtNode()       {}
func (*Try) stmtNode()        {}
func (*FuncDef) stmtNode()    {}
func (*ClassDef) stmtNode()   {}
func (*Match) stmtNode()      {}
func (*BadStmt) stmtNode()    {}
