package vm

import (
	"testing"
	"unsafe"
)

// TestSizes keeps the structures that deep recursion and a million
// blocked tasklets are made of within the allocator's size classes they
// were fitted to: a frame's header (its slots follow it in the same
// allocation, see framePool) and a tasklet.
func TestSizes(t *testing.T) {
	if s := unsafe.Sizeof(Frame{}); s != 48 {
		t.Errorf("Frame is %d bytes, want 48", s)
	}
	if s := unsafe.Sizeof(Tasklet{}); s > 112 {
		t.Errorf("Tasklet is %d bytes, want at most 112", s)
	}
}
