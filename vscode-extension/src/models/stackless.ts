// Which Python files are tasklet programs, so that the language server
// serves them beside (not instead of) the user's Python extension.

// An import statement at the start of a line: "import stackless",
// "import os, stackless as sl", "from stackless import tasklet".
const importLine = /^[ \t]*(?:import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*stackless\b(?!\.)|from[ \t]+stackless[ \t]+import\b)/;

/**
 * importsStackless tells whether the text imports the stackless module,
 * skipping triple-quoted strings (a docstring that shows an import is not
 * one) and comments.
 */
export function importsStackless(text: string): boolean {
  let inString: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (inString === undefined && importLine.test(line)) {
      return true;
    }
    inString = tripleQuoteStateAfter(line, inString);
  }
  return false;
}

// tripleQuoteStateAfter returns the triple quote still open at the end of
// line, given the one open at its start. Single-quoted strings end with
// their line, so only they and comments need skipping here.
function tripleQuoteStateAfter(line: string, open: string | undefined): string | undefined {
  let i = 0;
  while (i < line.length) {
    if (open !== undefined) {
      const end = line.indexOf(open, i);
      if (end < 0) {
        return open;
      }
      i = end + 3;
      open = undefined;
      continue;
    }
    const c = line[i];
    if (c === '#') {
      return undefined;
    }
    if (c === '"' || c === "'") {
      if (line.startsWith(c.repeat(3), i)) {
        open = c.repeat(3);
        i += 3;
        continue;
      }
      i = skipShortString(line, i);
      continue;
    }
    i++;
  }
  return open;
}

function skipShortString(line: string, start: number): number {
  const quote = line[start];
  let i = start + 1;
  while (i < line.length && line[i] !== quote) {
    i += line[i] === '\\' ? 2 : 1;
  }
  return i + 1;
}

/** A document as the language client sees it. */
export interface DocumentLike {
  languageId: string;
  getText(): string;
}

/**
 * isServed tells whether the language server should get a document: every
 * tasklet document, and Python documents that import stackless when the
 * setting allows it.
 */
export function isServed(doc: DocumentLike, servePythonFiles: boolean): boolean {
  if (doc.languageId === 'tasklet') {
    return true;
  }
  return doc.languageId === 'python' && servePythonFiles && importsStackless(doc.getText());
}
