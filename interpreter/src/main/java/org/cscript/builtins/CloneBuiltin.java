package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.runtime.Nil;
import org.cscript.runtime.TaskHandle;

/**
 * {@code clone(flags[, contid])}: a child with new namespaces for the CLONE_NEW* flags (OP-01);
 * with a contid, the child is born with that audit container ID (set-on-clone, Q20: needs
 * {@code contid.set_on_clone = on}).
 */
@NodeInfo(shortName = "clone")
@BuiltinSignature(value = {"int", "int|nil"}, defaults = {"nil"})
public abstract class CloneBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle cloneWith(long flags, @SuppressWarnings("unused") Nil noContid) {
        return kernelCall((k, s) -> handle(k.clone(s, flags)));
    }

    @Specialization
    protected TaskHandle cloneWithContid(long flags, long contid) {
        long id = checked(ArgumentRange.CONTID, contid);
        return kernelCall((k, s) -> handle(k.cloneWithContid(s, flags, id)));
    }

    /** A contid above 2^63 - 1 (such as UNSET) is passed as the raw u64, as set_contid writes it. */
    @Specialization
    @TruffleBoundary
    protected TaskHandle cloneWithU64(long flags, BigInteger contid) {
        if (contid.signum() < 0 || contid.bitLength() > 64) {
            throw error(contid + " is not a u64 contid");
        }
        long raw = contid.longValue();
        return kernelCall((k, s) -> handle(k.cloneWithContid(s, flags, raw)));
    }
}
