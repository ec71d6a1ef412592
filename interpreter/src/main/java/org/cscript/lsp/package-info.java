/**
 * {@code cscript lsp}: a Language Server Protocol server (Eclipse LSP4J) for {@code .cscript}
 * files. {@link org.cscript.lsp.LspServer} serves one client over a pair of streams;
 * {@link org.cscript.lsp.CscriptLanguageServer} answers initialize and shutdown;
 * {@link org.cscript.lsp.ScenarioDocuments} keeps the open documents, publishes the diagnostics
 * {@code cscript check} would print ({@link org.cscript.host.ScriptChecker}) and answers
 * completion ({@link org.cscript.lsp.Completions}) and hover ({@link org.cscript.lsp.BuiltinReference},
 * the builtin reference of docs/builtins, shipped in the jar). It reaches the language only
 * through {@code org.cscript.host}. See docs/editors.md.
 */
package org.cscript.lsp;
