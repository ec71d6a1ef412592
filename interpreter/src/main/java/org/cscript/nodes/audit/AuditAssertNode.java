package org.cscript.nodes.audit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.Arrays;
import org.cscript.audit.AuditPattern;
import org.cscript.audit.FieldPattern;
import org.cscript.nodes.CsStatementNode;
import org.cscript.runtime.AuditAssertions;
import org.cscript.runtime.CscriptContext;

/**
 * {@code assert_audit}, {@code assert_audit_next}, {@code assert_no_audit} (language.md
 * "assert_audit"): builds the record pattern, values interpolated now, and checks the trace.
 */
@NodeInfo(shortName = "assert_audit")
public final class AuditAssertNode extends CsStatementNode {
    private final AuditAssertions.Kind kind;
    private final String recordType;
    @Children private final FieldPatternNode[] fields;

    public AuditAssertNode(AuditAssertions.Kind kind, String recordType, FieldPatternNode[] fields) {
        this.kind = kind;
        this.recordType = recordType;
        this.fields = fields;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        FieldPattern[] patterns = new FieldPattern[fields.length];
        for (int i = 0; i < fields.length; i++) {
            patterns[i] = fields[i].execute(frame);
        }
        check(patterns);
    }

    @TruffleBoundary
    private void check(FieldPattern[] patterns) {
        CscriptContext.get(this).auditAssertions().check(kind, new AuditPattern(recordType, Arrays.asList(patterns)), this);
    }
}
