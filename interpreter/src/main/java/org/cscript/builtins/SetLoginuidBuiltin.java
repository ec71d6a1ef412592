package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.runtime.TaskHandle;

/**
 * {@code set_loginuid(t, uid)}: writes /proc/T/loginuid (OP-45); a string is written verbatim. Returns
 * the bytes written.
 */
@NodeInfo(shortName = "set_loginuid")
@BuiltinSignature({"task", "int|string"})
public abstract class SetLoginuidBuiltin extends CsBuiltinNode {

    @Specialization
    protected long setNumber(TaskHandle target, long uid) {
        return write(target, Long.toString(uid));
    }

    @Specialization
    @TruffleBoundary
    protected long setBig(TaskHandle target, BigInteger uid) {
        return write(target, uid.toString());
    }

    @Specialization
    protected long setText(TaskHandle target, String text) {
        return write(target, text);
    }

    private long write(TaskHandle target, String text) {
        return kernelCall((k, s) -> k.loginuidWrite(s, target.task(), text));
    }

    @Fallback
    protected Object wrong(Object a0, Object a1) {
        throw wrongArguments(a0, a1);
    }
}
