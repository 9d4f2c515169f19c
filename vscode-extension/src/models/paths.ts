// Paths as the adapter's answers carry them. VS Code rewrites the source
// paths of DAP answers into URIs when the workbench is remote from the
// adapter (code-server, Remote SSH), so a frame's source.path can be
// "vscode-remote://host/tmp/prog.py"; the custom answers keep plain paths.

/** isUriString tells a URI ("scheme://...") from a file path, Windows drives included. */
export function isUriString(s: string): boolean {
  return /^[a-zA-Z][\w+.-]+:\/\//.test(s);
}
