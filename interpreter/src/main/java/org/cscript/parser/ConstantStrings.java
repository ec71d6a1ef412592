package org.cscript.parser;

import org.antlr.v4.runtime.Token;
import org.cscript.language.ParseResult;
import org.cscript.language.Template;

/**
 * The text of string literals that must be known before running (import paths, config values),
 * so an interpolation in them is reported.
 */
final class ConstantStrings {
    private final ParseResult parsed;
    private final Positions positions;

    ConstantStrings(ParseResult parsed, Positions positions) {
        this.parsed = parsed;
        this.positions = positions;
    }

    /** The text of a constant string literal, or null after reporting that it interpolates. */
    String textOrNull(Token token) {
        Template template = parsed.template(token);
        if (!template.isConstant()) {
            positions.reportAt(token, "interpolation is not allowed here");
            return null;
        }
        return template.constantText();
    }

    /** As {@link #textOrNull}, but "" after reporting an interpolation (a config value). */
    String textOrEmpty(Token token) {
        String text = textOrNull(token);
        return text == null ? "" : text;
    }
}
