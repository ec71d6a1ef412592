/**
 * The cscript front end: ANTLR grammar, parsing and syntax diagnostics. No Truffle here.
 *
 * <p>Entry point: {@link org.cscript.language.FrontEnd#parse} turns a {@link org.cscript.language.SourceFile}
 * into a {@link org.cscript.language.ParseResult}: the parse tree plus every syntax error as a
 * {@link org.cscript.language.Diagnostic} (at most one per line, rendered compiler-style by
 * {@code format()}). String literals and assert_audit values are split into text and ${...}
 * expressions by {@link org.cscript.language.Template}; the tokens of those expressions carry
 * positions of the original file.
 */
package org.cscript.language;
