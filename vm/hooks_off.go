//go:build tasklet_nohooks

package vm

// hooksCompiled is false in a build made with -tags tasklet_nohooks: the
// compiler drops the checks for debuggers (the attention word, line
// events) and for event listeners from the loop and the scheduler, so
// that scripts/bench-hooks can measure what they cost a program that
// nobody debugs. Such a build has no pauses, line events, instruction
// limits or scheduling events; it is for that measurement only.
const hooksCompiled = false
