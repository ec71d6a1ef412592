package org.cscript.runtime;

import com.oracle.truffle.api.source.Source;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.cscript.language.CscriptLexer;
import org.cscript.language.CscriptParser;

/** Runs the ANTLR front end on a file or on the text of one ${...} interpolation. */
final class ScriptParsing {
    /** Receives a syntax error at a character range of the file. */
    @FunctionalInterface
    interface RangeReporter {
        void report(int start, int length, String message);
    }

    private ScriptParsing() {
    }

    static CscriptParser.ScriptContext parse(Source source, RangeReporter errors) {
        CscriptParser parser = parser(source.getCharacters().toString(), 0, errors);
        return parser.script();
    }

    /** Parses an interpolation; positions are reported relative to the file. Null on errors. */
    static CscriptParser.ExprContext parseInterpolation(String text, Source source, int offset, RangeReporter errors) {
        boolean[] failed = {false};
        CscriptParser parser = parser(text, offset, (start, length, message) -> {
            failed[0] = true;
            errors.report(start, length, message);
        });
        CscriptParser.InterpolationContext ctx = parser.interpolation();
        return failed[0] ? null : ctx.expr();
    }

    private static CscriptParser parser(String text, int offset, RangeReporter errors) {
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                    RecognitionException e) {
                if (offendingSymbol instanceof Token token && token.getStartIndex() >= 0) {
                    int length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
                    errors.report(offset + token.getStartIndex(), length, "syntax error: " + msg);
                } else {
                    errors.report(offset + lineColumnToIndex(text, line, column), 1, "syntax error: " + msg);
                }
            }
        };
        CscriptLexer lexer = new CscriptLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        CscriptParser parser = new CscriptParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser;
    }

    private static int lineColumnToIndex(String text, int line, int column) {
        int index = 0;
        for (int l = 1; l < line && index < text.length(); index++) {
            if (text.charAt(index) == '\n') {
                l++;
            }
        }
        return Math.min(text.length(), index + column);
    }
}
