"""Writes the line events of CPython 3.11 (/usr/bin/python3) for each
program of this folder to NAME.out, one "function:line" per line: the
expectations of trace_test.go.

Usage: /usr/bin/python3 testdata/trace/gen.py [OUTDIR]   (from vm/)
"""
import glob
import os
import sys


def events(path):
    src = open(path).read()
    out = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        if event == "line":
            out.append("%s:%d" % (frame.f_code.co_name, frame.f_lineno))
        return tracer

    code = compile(src, path, "exec")
    stdout = sys.stdout
    sys.stdout = open(os.devnull, "w")
    sys.settrace(tracer)
    try:
        exec(code, {"__name__": "__main__"})
    finally:
        sys.settrace(None)
        sys.stdout.close()
        sys.stdout = stdout
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else here
    for path in sorted(glob.glob(os.path.join(here, "*.py"))):
        if os.path.basename(path) == "gen.py":
            continue
        name = os.path.splitext(os.path.basename(path))[0]
        rel = os.path.relpath(path, os.path.dirname(os.path.dirname(here)))
        with open(os.path.join(outdir, name + ".out"), "w") as f:
            f.write("\n".join(events(rel if os.path.exists(rel) else path)) + "\n")


if __name__ == "__main__":
    main()
