package org.cscript.language;

import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Lexes and parses a script and collects every syntax error as a {@link Diagnostic}: lexical
 * errors, parser errors, and errors inside string literals and audit values (bad escapes,
 * ${...} interpolations). Nothing is printed.
 */
public final class FrontEnd {
    private FrontEnd() {
    }

    public static ParseResult parse(SourceFile file) {
        DiagnosticCollector collector = new DiagnosticCollector(file);
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();   // the lexer cannot fail: unknown characters become tokens
        CommonTokenStream tokens = new CommonTokenStream(new NewlineFilter(lexer));
        tokens.fill();
        LexicalErrors.report(tokens.getTokens(), collector);
        if (!NestingLimit.checkTokens(tokens.getTokens(), collector)) {
            return new ParseResult(file, null, collector.diagnostics(), Map.of());
        }

        CscriptParser parser = newParser(tokens, collector, false);
        CscriptParser.ScriptContext tree;
        try {
            tree = parser.script();
        } catch (StackOverflowError e) {
            // Only without brackets can the parser recurse this deep (a very long chain of
            // prefix operators): the caller's stack is smaller than the host's deep one.
            collector.addAt(parser.getCurrentToken(), "nested too deeply for the parser's stack here (the nesting limit)");
            return new ParseResult(file, null, collector.diagnostics(), Map.of());
        }
        if (!NestingLimit.checkTree(tree, collector)) {
            return new ParseResult(file, null, collector.diagnostics(), Map.of());
        }
        Map<Token, Template> templates = TemplateChecker.check(tree, collector);
        return new ParseResult(file, tree, collector.diagnostics(), templates);
    }

    /** A parser that reports through cscript's messages into {@code collector} and never prints. */
    static CscriptParser newParser(CommonTokenStream tokens, DiagnosticCollector collector, boolean interpolation) {
        CscriptParser parser = new CscriptParser(tokens);
        parser.removeErrorListeners();  // drops ConsoleErrorListener; every error goes through the strategy
        parser.setErrorHandler(new SyntaxErrorStrategy(collector, interpolation));
        return parser;
    }
}
