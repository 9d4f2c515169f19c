package vm

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// The collector's pacing for a process that runs programs. Go collects
// when the heap has grown by GOGC percent of what the last collection left
// live, and no sooner than at 4 MB. A program keeps little live, but boxes
// ints and floats and makes frames, strs and lists all the time, so with
// that default it collects every few megabytes: hundreds of collections a
// second, whose concurrent work needs the machine's other core, and whose
// marking makes every pointer store pay a write barrier. TuneGC gives
// small heaps gcHeadroom to grow into before a collection, and leaves
// large ones (gcHeadroom and more live) at Go's default pacing.
const (
	// gcHeadroom is the growth allowed to a small heap before a
	// collection: peak memory is at most about that much higher than
	// with Go's default pacing.
	gcHeadroom = 32 << 20
	// gcMaxPercent bounds the percentage, which also scales Go's minimum
	// heap (4 MB at 100): at 800 that minimum is the headroom.
	gcMaxPercent = 800
)

// TuneGC paces the process's collector for running programs, as the
// comment on gcHeadroom explains: after every collection it sets the
// percentage so that the next one comes when the heap has grown by
// gcHeadroom or by what is live, whichever is more. GOGC in the
// environment overrides it. tasklet run calls it; a VM in a process that
// does other work (a test, a debug adapter) leaves the collector alone.
func TuneGC() {
	gcTuned.Do(func() {
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gcMaxPercent)
			armGCTuner()
		}
	})
}

// gcTuned makes TuneGC start one tuner however often it is called.
var gcTuned sync.Once

// gcTick is collected by every collection; its finalizer retunes the
// pacing and makes the next tick. It holds a pointer so that it is not a
// tiny allocation, whose finalizer may never run.
type gcTick struct {
	p *gcTick
	_ [2]uintptr
}

func armGCTuner() {
	runtime.SetFinalizer(&gcTick{}, func(*gcTick) {
		retuneGC()
		armGCTuner()
	})
}

// retuneGC sets the percentage from the heap the last collection left.
func retuneGC() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := sample[0].Value.Uint64()
	percent := gcMaxPercent
	if live > 0 {
		percent = int(min(max(gcHeadroom*100/live, 100), gcMaxPercent))
	}
	debug.SetGCPercent(percent)
}
