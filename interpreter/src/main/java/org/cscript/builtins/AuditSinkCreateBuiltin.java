package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.runtime.Nil;

/**
 * {@code audit_sink_create(name, contid)}: a per-container audit daemon receiving the records of that
 * contid and its nested descendants (OP-51, kernel-model.md 4.6). Returns nil.
 */
@NodeInfo(shortName = "audit_sink_create")
@BuiltinSignature({"string", "int"})
public abstract class AuditSinkCreateBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil create(String name, long contid) {
        long id = checked(ArgumentRange.CONTID, contid);
        return kernelRunNil((k, s) -> k.auditSinkCreate(name, id));
    }

    /** A contid above 2^63 - 1 (such as UNSET) is passed as the raw u64 the kernel stores. */
    @Specialization
    @TruffleBoundary
    protected Nil createU64(String name, BigInteger contid) {
        if (contid.signum() < 0 || contid.bitLength() > 64) {
            throw error(contid + " is not a u64 contid");
        }
        long raw = contid.longValue();   // the u64's bits: above 2^63 - 1 this is negative
        return kernelRunNil((k, s) -> k.auditSinkCreate(name, raw));
    }
}
