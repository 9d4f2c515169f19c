// The language client's middleware hooks that keep requests about
// documents the server was never given (Python files that do not import
// stackless) from reaching it.

// The hooks of the features tasklet-lsp offers whose first argument is
// the document they apply to; the last argument of each is the next hook.
export const DOCUMENT_HOOKS = [
  'provideHover', 'provideDefinition', 'provideDeclaration', 'provideTypeDefinition',
  'provideReferences', 'prepareRename', 'provideRenameEdits', 'provideDocumentHighlights',
  'provideDocumentSymbols', 'provideCompletionItem', 'provideSignatureHelp',
  'prepareCallHierarchy', 'provideDocumentSemanticTokens', 'provideDocumentSemanticTokensEdits',
  'provideDocumentRangeSemanticTokens', 'provideFoldingRanges', 'provideSelectionRanges',
  'provideInlayHints', 'provideCodeActions', 'provideCodeLenses',
] as const;

type Hook = (...args: unknown[]) => unknown;

/**
 * documentFilters returns a hook for each of DOCUMENT_HOOKS that calls the
 * next one for served documents and answers nothing for the others.
 */
export function documentFilters<D>(served: (doc: D) => boolean): Record<string, Hook> {
  const hooks: Record<string, Hook> = {};
  for (const name of DOCUMENT_HOOKS) {
    hooks[name] = (doc: unknown, ...rest: unknown[]) => {
      const next = rest.pop() as Hook;
      return served(doc as D) ? next(doc, ...rest) : undefined;
    };
  }
  return hooks;
}
