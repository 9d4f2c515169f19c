#!/usr/bin/env bash
# Regenerates the expected outputs of the differential corpus from the
# oracle, CPython 3.11 as Debian installs it (/usr/bin/python3): for each
# testdata/corpus/NAME.py it writes NAME.out (stdout), NAME.err (stderr,
# only when not empty) and NAME.exit (the exit status, only when not 0).
# Programs run from the vm directory, so paths in tracebacks read
# testdata/corpus/NAME.py, as the Go test runs them.
#
# Usage: testdata/gen.sh [OUTDIR]   (from vm/; OUTDIR defaults to testdata/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-testdata/corpus}
mkdir -p "$out"
for py in testdata/corpus/*.py; do
	name=$(basename "$py" .py)
	[[ $name == _* ]] && continue # a module that programs import
	args=()
	if [[ -f testdata/corpus/$name.args ]]; then
		read -r -a args < "testdata/corpus/$name.args"
	fi
	set +e
	PYTHONHASHSEED=0 timeout 60 /usr/bin/python3 "$py" "${args[@]}" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
	status=$?
	set -e
	# CPython 3.11 shows the main script's absolute path; the checkout's
	# location is not part of the expected output.
	sed -i "s#$PWD/##g" "$out/$name.out" "$out/$name.err"
	[[ -s $out/$name.err ]] || rm -f "$out/$name.err"
	if [[ $status -ne 0 ]]; then
		echo "$status" > "$out/$name.exit"
	else
		rm -f "$out/$name.exit"
	fi
done
