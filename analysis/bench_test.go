package analysis

import (
	"fmt"
	"strings"
	"testing"
)

// bigProgram builds a tasklet program of about n lines: many producer and
// consumer pairs over channels, with classes, so that every check has work.
func bigProgram(n int) []byte {
	var b strings.Builder
	b.WriteString("import stackless\n\n")
	for i := 0; b.Len() < n*30; i++ {
		fmt.Fprintf(&b, `
ch%[1]d = stackless.channel()


class Worker%[1]d:
    def __init__(self, n):
        self.n = n
        self.total = 0

    def step(self, x):
        self.total += x * self.n
        return self.total


def producer%[1]d(count):
    for i in range(count):
        ch%[1]d.send(i)
    ch%[1]d.send_exception(StopIteration)


def consumer%[1]d():
    w = Worker%[1]d(%[1]d)
    for v in ch%[1]d:
        print(w.step(v))


stackless.tasklet(producer%[1]d)(10)
stackless.tasklet(consumer%[1]d)()
`, i)
	}
	b.WriteString("stackless.run()\n")
	return []byte(b.String())
}

func BenchmarkAnalyze10kLines(b *testing.B) {
	src := bigProgram(10000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		res := Analyze("big.py", src, Options{})
		if len(res.Diagnostics) != 0 {
			b.Fatalf("unexpected diagnostics: %v", res.Diagnostics[0])
		}
	}
}

func BenchmarkComplete10kLines(b *testing.B) {
	src := bigProgram(10000)
	src = append(src, "ch1.re"...)
	res := Analyze("big.py", src, Options{})
	for b.Loop() {
		if len(res.Complete(int32(len(src)))) == 0 {
			b.Fatal("no completion")
		}
	}
}
