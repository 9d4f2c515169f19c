package analysis

import "tasklet/syntax"

// parentIndex maps each node of a file to the node it is a child of. The
// checks ask for parents often, of every kind of node, so every node is
// indexed; a map keyed by interface values cost more than the rest of the
// tasklet facts together, so the nodes are chained by their start offset
// instead: finding a parent is an array index and a short walk along the
// nodes that start at the same byte (a statement, its call, the callee).
type parentIndex struct {
	// nodes holds every node but the file, in the order of a walk;
	// parent[i] is the index in nodes of the parent of nodes[i] (-1: the
	// file) and next[i] one more than the index of the previous node that
	// starts at the same offset.
	nodes        []syntax.Node
	parent, next []int32
	// head holds, for each byte offset, one more than the index of the
	// last node that starts there (0: none).
	head []int32
	file syntax.Node
}

// newParentIndex indexes the nodes of f.
func newParentIndex(f *syntax.File) *parentIndex {
	// Counting first sizes every slice once: growing them cost more than
	// the count.
	n, last := 0, 0
	syntax.Walk(f, func(c syntax.Node) bool {
		n++
		last = max(last, startOf(c))
		return true
	})
	px := &parentIndex{nodes: make([]syntax.Node, 0, n), parent: make([]int32, 0, n), next: make([]int32, 0, n),
		head: make([]int32, last+1), file: f}
	// One closure for the whole walk: cur is the index of the node whose
	// children are being visited. Walk calls visit on a node before its
	// children, so visit(c) with c the current node lets Walk go on into
	// c's children.
	var curNode syntax.Node = f
	cur := int32(-1)
	var visit func(c syntax.Node) bool
	visit = func(c syntax.Node) bool {
		if c == curNode {
			return true
		}
		i := px.add(c, cur)
		savedNode, saved := curNode, cur
		curNode, cur = c, i
		syntax.Walk(c, visit)
		curNode, cur = savedNode, saved
		return false
	}
	syntax.Walk(f, visit)
	return px
}

// add records n as a child of the node at index parent, and returns n's
// index.
func (px *parentIndex) add(n syntax.Node, parent int32) int32 {
	off := startOf(n)
	px.nodes = append(px.nodes, n)
	px.parent = append(px.parent, parent)
	px.next = append(px.next, px.head[off])
	i := int32(len(px.nodes) - 1)
	px.head[off] = i + 1
	return i
}

func (px *parentIndex) node(i int32) syntax.Node {
	if i < 0 {
		return px.file
	}
	return px.nodes[i]
}

// of returns the parent of n, or nil for the file itself and for nodes
// that are not in the file.
func (px *parentIndex) of(n syntax.Node) syntax.Node {
	if n == nil {
		return nil
	}
	off := startOf(n)
	if off >= len(px.head) {
		return nil
	}
	for i := px.head[off]; i != 0; i = px.next[i-1] {
		if px.nodes[i-1] == n {
			return px.node(px.parent[i-1])
		}
	}
	return nil
}

// startOf is where a node starts; a broken position counts as the start of
// the file.
func startOf(n syntax.Node) int {
	return max(int(n.Span().Start.Offset), 0)
}
