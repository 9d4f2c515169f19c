//go:build !tasklet_nohooks

package vm

// hooksCompiled says that the VM checks for debuggers and event listeners
// (see hooks_off.go). It is always so, except in the build that measures
// what those checks cost.
const hooksCompiled = true
