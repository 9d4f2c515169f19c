// Package analysis owns what the language server and "tasklet check" know
// about a tasklet program without running it: scopes and name resolution
// by Python's rules, symbols and their references, a light type inference,
// stubs with signatures and documentation for the built-ins and the modules
// the VM provides, the Python checks and the tasklet and channel checks,
// hover text and completion.
//
// Everything here is a pure function of source text: nothing reads files,
// nothing runs user code. A caller that knows how to find an imported
// module's source hands it in through Options.Import.
package analysis
