#!/usr/bin/env bash
# Regenerates the expected outputs of the stackless corpus from the oracle
# for tasklet semantics that can be run here, PyPy's emulation of Stackless
# (pypy3, the Debian package): for each testdata/stackless/NAME.py it writes
# NAME.out (stdout), NAME.err (stderr, only when not empty) and NAME.exit
# (the exit status, only when not 0), as testdata/gen.sh does for CPython.
#
# Programs whose first line is "# expected: by hand, ..." are skipped: PyPy
# disagrees with the Stackless docs there, so their expected outputs were
# written by hand from the doc section that line names, and must not be
# overwritten.
#
# Usage: testdata/stackless-gen.sh [OUTDIR]
#        (from vm/; OUTDIR defaults to testdata/stackless)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-testdata/stackless}
mkdir -p "$out"
pypy=${PYPY3:-pypy3}
for py in testdata/stackless/*.py; do
	name=$(basename "$py" .py)
	[[ $name == _* ]] && continue # a module that programs import
	if head -n 1 "$py" | grep -q '^# expected: by hand'; then
		continue
	fi
	set +e
	PYTHONHASHSEED=0 timeout 60 "$pypy" "$py" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
	status=$?
	set -e
	sed -i "s#$PWD/##g" "$out/$name.out" "$out/$name.err"
	[[ -s $out/$name.err ]] || rm -f "$out/$name.err"
	if [[ $status -ne 0 ]]; then
		echo "$status" > "$out/$name.exit"
	else
		rm -f "$out/$name.exit"
	fi
done
