package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.runtime.TaskHandle;

/**
 * {@code set_contid(t, v)}: writes /proc/T/audit_containerid (OP-46); an integer is written as its
 * decimal text, a string verbatim (to test parsing, e.g. "+12\n"). Returns the bytes written.
 */
@NodeInfo(shortName = "set_contid")
@BuiltinSignature({"task", "int|string"})
public abstract class SetContidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long setNumber(TaskHandle target, long value) {
        return write(target, Long.toString(value));
    }

    @Specialization
    @TruffleBoundary
    protected long setBig(TaskHandle target, BigInteger value) {
        return write(target, value.toString());
    }

    @Specialization
    protected long setText(TaskHandle target, String text) {
        return write(target, text);
    }

    private long write(TaskHandle target, String text) {
        return kernelCall((k, s) -> k.contidWrite(s, target.task(), text));
    }

    @Fallback
    protected Object wrong(Object a0, Object a1) {
        throw wrongArguments(a0, a1);
    }
}
