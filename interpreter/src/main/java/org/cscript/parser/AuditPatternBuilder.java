package org.cscript.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.cscript.audit.AuditRegex;
import org.cscript.audit.RecordType;
import org.cscript.language.CscriptParser.AuditAnyContext;
import org.cscript.language.CscriptParser.AuditCheckContext;
import org.cscript.language.CscriptParser.AuditFieldContext;
import org.cscript.language.CscriptParser.AuditRegexContext;
import org.cscript.language.CscriptParser.AuditValueContext;
import org.cscript.language.CscriptParser;
import org.cscript.nodes.audit.AuditAssertNode;
import org.cscript.nodes.audit.FieldPatternNode;
import org.cscript.runtime.AuditAssertions;

/**
 * Builds assert_audit, assert_audit_next and assert_no_audit: the record type (reported if
 * unknown) and one pattern per field: any value, a regular expression (reported if it does not
 * compile), or a string template. A field name the type never carries is reported at the name
 * ({@link AuditPatternCheck}); values are not checked.
 */
final class AuditPatternBuilder {
    private final Positions positions;
    private final ExpressionBuilder expressions;

    AuditPatternBuilder(Positions positions, ExpressionBuilder expressions) {
        this.positions = positions;
        this.expressions = expressions;
    }

    AuditAssertNode auditCheck(AuditCheckContext ctx) {
        AuditAssertions.Kind kind = switch (ctx.kind.getType()) {
            case CscriptParser.ASSERT_AUDIT_NEXT -> AuditAssertions.Kind.CHECK_NEXT;
            case CscriptParser.ASSERT_NO_AUDIT -> AuditAssertions.Kind.CHECK_NOT;
            default -> AuditAssertions.Kind.CHECK;
        };
        String type = ctx.AUDIT_WORD().getText();
        RecordType recordType = AuditPatternCheck.type(type);
        if (recordType == null) {
            positions.reportAt(ctx.AUDIT_WORD().getSymbol(), AuditPatternCheck.unknownType(type));
        }
        List<FieldPatternNode> fields = new ArrayList<>();
        for (AuditFieldContext field : ctx.auditField()) {
            String text = field.AUDIT_FIELD().getText();
            String name = text.substring(0, text.length() - 1);   // the token ends with '='
            String unknown = recordType == null ? null : AuditPatternCheck.unknownField(recordType, type, name);
            if (unknown != null) {
                positions.reportAt(field.AUDIT_FIELD().getSymbol(), name.length(), unknown);
            }
            FieldPatternNode pattern = fieldPattern(name, field.auditValue());
            if (pattern != null) {
                fields.add(pattern);
            }
        }
        return new AuditAssertNode(kind, type, fields.toArray(new FieldPatternNode[0]));
    }

    /** The pattern of one field, or null after reporting a bad regular expression. */
    private FieldPatternNode fieldPattern(String name, AuditValueContext value) {
        Token token = value.getStart();
        return switch (value) {
            case AuditAnyContext any -> FieldPatternNode.any(name);
            case AuditRegexContext regex -> {
                String text = token.getText();
                try {
                    yield FieldPatternNode.regex(name, AuditRegex.compile(text.substring(1, text.length() - 1)));
                } catch (AuditRegex.BadRegex e) {
                    positions.reportAt(token, e.getMessage());
                    yield null;
                }
            }
            default -> FieldPatternNode.literal(name, expressions.template(token));
        };
    }
}
