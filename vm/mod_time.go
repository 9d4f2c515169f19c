package vm

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// The _time module: the clocks, sleep, and the conversions between
// seconds and broken-down time that lib/time.py builds struct_time,
// localtime, gmtime, mktime and strftime on. Broken-down times travel as
// 11-tuples: the nine struct_time fields, then tm_zone and tm_gmtoff.
//
// time.sleep blocks the whole program, every tasklet included: that is the
// intended semantics of a single-threaded VM.

func init() { nativeModules["_time"] = newTimeModule }

// processStart anchors perf_counter and monotonic, which only promise
// differences.
var processStart = time.Now()

func newTimeModule(vm *VM) *Module {
	m := vm.newModule("_time")
	d := m.Dict
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, fn))
	}
	clock := func(name string, now func() float64) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return Float(now()), nil
		})
	}
	clockNs := func(name string, now func() int64) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return Int(now()), nil
		})
	}
	wall := func() int64 { return time.Now().UnixNano() }
	mono := func() int64 { return int64(time.Since(processStart)) }
	clock("time", func() float64 { return float64(wall()) / 1e9 })
	clockNs("time_ns", wall)
	clock("monotonic", func() float64 { return float64(mono()) / 1e9 })
	clockNs("monotonic_ns", mono)
	clock("perf_counter", func() float64 { return float64(mono()) / 1e9 })
	clockNs("perf_counter_ns", mono)
	// The VM runs on one thread, so its CPU time is what the process has
	// run, near enough: the monotonic clock.
	clock("process_time", func() float64 { return float64(mono()) / 1e9 })
	clockNs("process_time_ns", mono)
	add("sleep", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("sleep", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, ok, err := toFloat(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if math.IsNaN(secs) {
			return nil, Errorf(ValueError, "Invalid value NaN (not a number)")
		}
		if secs < 0 {
			return nil, Errorf(ValueError, "sleep length must be non-negative")
		}
		vm.Stdout.Flush()
		if !vm.limits.sandbox {
			vm.sleep(time.Duration(secs * 1e9))
		}
		return None, nil
	})
	// _broken(secs, local) is gmtime(secs) or localtime(secs).
	add("_broken", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		secs, ok, err := toFloat(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if math.IsNaN(secs) {
			return nil, Errorf(ValueError, "Invalid value NaN (not a number)")
		}
		if math.Abs(secs) > 1e17 {
			return nil, Errorf(OverflowError, "timestamp out of range for platform time_t")
		}
		t := time.Unix(int64(math.Floor(secs)), 0).UTC()
		if args[1] == True {
			return brokenTime(t.Local()), nil
		}
		// glibc names UTC "GMT" in gmtime's tm_zone.
		b := brokenTime(t)
		b[9] = Str("GMT")
		return b, nil
	})
	// _mktime(tuple) is mktime: local broken-down time to seconds.
	add("_mktime", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		f, err := timeFields(args[0])
		if err != nil {
			return nil, err
		}
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.Local)
		return Float(t.Unix()), nil
	})
	// _strftime(format, tuple) formats a broken-down time.
	add("_strftime", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		format, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "strftime() argument 1 must be str, not %s", typeName(args[0]))
		}
		f, err := timeFields(args[1])
		if err != nil {
			return nil, err
		}
		t := args[1].(Tuple)
		zone, _ := t[9].(Str)
		off, _ := t[10].(Int)
		return Str(strftime(string(format), f, string(zone), int(off))), nil
	})
	_, off := time.Now().Zone()
	zone, _ := time.Now().Zone()
	d.SetStr("timezone", Int(-off))
	d.SetStr("altzone", Int(-off))
	d.SetStr("daylight", Int(0))
	d.SetStr("tzname", Tuple{Str(zone), Str(zone)})
	return m
}

// brokenTime is the 11-tuple of t.
func brokenTime(t time.Time) Tuple {
	zone, off := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	return Tuple{Int(t.Year()), Int(t.Month()), Int(t.Day()), Int(t.Hour()), Int(t.Minute()),
		Int(t.Second()), Int((int(t.Weekday()) + 6) % 7), Int(t.YearDay()), Int(isdst), Str(zone), Int(off)}
}

// timeFields reads the nine int fields of a broken-down time.
func timeFields(v Value) ([9]int, error) {
	var f [9]int
	t, ok := v.(Tuple)
	if !ok || len(t) < 9 {
		return f, Errorf(TypeError, "Tuple or struct_time argument required")
	}
	for i := range f {
		n, ok := t[i].(Int)
		if !ok {
			return f, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(t[i]))
		}
		f[i] = int(n)
	}
	return f, nil
}

var (
	weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// strftime formats the fields (year, month, day, hour, minute, second,
// weekday with Monday 0, day of the year, isdst) as the C library does in
// the C locale.
func strftime(format string, f [9]int, zone string, gmtoff int) string {
	var sb strings.Builder
	year, mon, day, hour, min, sec, wday, yday := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]
	name := func(names []string, i int, short bool) string {
		if i < 0 || i >= len(names) {
			return "?"
		}
		if short {
			return names[i][:3]
		}
		return names[i]
	}
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	// Week numbers: %U counts weeks starting on Sunday, %W on Monday.
	sundayWday := (wday + 1) % 7
	weekU := (yday - 1 + 7 - sundayWday) / 7
	weekW := (yday - 1 + 7 - wday) / 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmt.Fprintf(&sb, "%d", year)
		case 'y':
			fmt.Fprintf(&sb, "%02d", ((year%100)+100)%100)
		case 'C':
			fmt.Fprintf(&sb, "%02d", year/100)
		case 'm':
			fmt.Fprintf(&sb, "%02d", mon)
		case 'd':
			fmt.Fprintf(&sb, "%02d", day)
		case 'e':
			fmt.Fprintf(&sb, "%2d", day)
		case 'H':
			fmt.Fprintf(&sb, "%02d", hour)
		case 'I':
			fmt.Fprintf(&sb, "%02d", hour12)
		case 'M':
			fmt.Fprintf(&sb, "%02d", min)
		case 'S':
			fmt.Fprintf(&sb, "%02d", sec)
		case 'p':
			if hour < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'a':
			sb.WriteString(name(weekdayNames, wday, true))
		case 'A':
			sb.WriteString(name(weekdayNames, wday, false))
		case 'b', 'h':
			sb.WriteString(name(monthNames, mon-1, true))
		case 'B':
			sb.WriteString(name(monthNames, mon-1, false))
		case 'j':
			fmt.Fprintf(&sb, "%03d", yday)
		case 'w':
			fmt.Fprintf(&sb, "%d", sundayWday)
		case 'u':
			fmt.Fprintf(&sb, "%d", wday+1)
		case 'U':
			fmt.Fprintf(&sb, "%02d", weekU)
		case 'W':
			fmt.Fprintf(&sb, "%02d", weekW)
		case 'c':
			fmt.Fprintf(&sb, "%s %s %2d %02d:%02d:%02d %d", name(weekdayNames, wday, true),
				name(monthNames, mon-1, true), day, hour, min, sec, year)
		case 'x':
			fmt.Fprintf(&sb, "%02d/%02d/%02d", mon, day, ((year%100)+100)%100)
		case 'X', 'T':
			fmt.Fprintf(&sb, "%02d:%02d:%02d", hour, min, sec)
		case 'D':
			fmt.Fprintf(&sb, "%02d/%02d/%02d", mon, day, ((year%100)+100)%100)
		case 'F':
			fmt.Fprintf(&sb, "%d-%02d-%02d", year, mon, day)
		case 'R':
			fmt.Fprintf(&sb, "%02d:%02d", hour, min)
		case 'r':
			fmt.Fprintf(&sb, "%02d:%02d:%02d %s", hour12, min, sec, map[bool]string{true: "AM", false: "PM"}[hour < 12])
		case 'Z':
			sb.WriteString(zone)
		case 'z':
			sign := '+'
			if gmtoff < 0 {
				sign, gmtoff = '-', -gmtoff
			}
			fmt.Fprintf(&sb, "%c%02d%02d", sign, gmtoff/3600, gmtoff%3600/60)
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case '%':
			sb.WriteByte('%')
		default:
			sb.WriteByte('%')
			sb.WriteByte(format[i])
		}
	}
	return sb.String()
}
