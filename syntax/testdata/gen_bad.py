"""Record CPython's error for every file of testdata/bad.

The tasklet parser promises CPython 3.11's error messages, so the expected
error of each broken file is taken from CPython rather than written by hand:
for bad/NAME.py this writes bad/NAME.py.err holding one line,

    LINE:COL: TYPE: MESSAGE

where COL is CPython's 1-based offset in characters, as a traceback shows
it (see source_text), and LINE or COL is 0 when CPython gives none. A Go test runs this script again with --out into a
temporary directory and compares, so the checked-in files cannot drift from
the interpreter that defines them.

Usage: gen_bad.py [--out DIR]
"""

import argparse
import ast
import io
import os
import sys
import tokenize

BAD_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bad")


def source_text(src):
    """Return src decoded as CPython decodes a source file, or src itself
    when it does not decode.

    Compiled from bytes without a coding cookie, CPython counts the columns
    of the tokenizer's errors in characters but those of the parser's in
    bytes; compiled from text, or when running a file, it counts all in
    characters. The text gives the columns that a traceback shows.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
        return src.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return src


def expected_error(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        compile(source_text(src), path, "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return f"{e.lineno}:{e.offset}: {type(e).__name__}: {e.msg}\n"
    except ValueError as e:
        # A null byte: CPython refuses the whole text, at no position.
        return f"0:0: {type(e).__name__}: {e}\n"
    sys.exit(f"{path}: CPython accepts this file; it does not belong in bad/")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=BAD_DIR, help="directory for the .err files")
    args = parser.parse_args()
    for name in sorted(os.listdir(BAD_DIR)):
        if not name.endswith(".py"):
            continue
        err = expected_error(os.path.join(BAD_DIR, name))
        with open(os.path.join(args.out, name + ".err"), "w", encoding="utf-8") as f:
            f.write(err)


if __name__ == "__main__":
    main()
