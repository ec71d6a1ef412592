package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.math.BigInteger;
import org.cscript.runtime.Nil;

/**
 * {@code audit_sink_create(name, contid[, delivery])}: a per-container audit daemon receiving the
 * records of that contid and its nested descendants (OP-51, kernel-model.md 4.6). {@code delivery}
 * is "copy" (the default, also nil: the host daemon receives every event too) or "route" (the
 * audit backlog proposal: the container's events go to the sink's queue instead of the host's).
 * Returns nil.
 */
@NodeInfo(shortName = "audit_sink_create")
@BuiltinSignature(value = {"string", "int", "string|nil"}, defaults = "nil")
public abstract class AuditSinkCreateBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil create(String name, long contid, @SuppressWarnings("unused") Nil copy) {
        return create(name, checked(ArgumentRange.CONTID, contid), false);
    }

    @Specialization
    protected Nil create(String name, long contid, String delivery) {
        long id = checked(ArgumentRange.CONTID, contid);
        return create(name, id, routed(delivery));
    }

    /** A contid above 2^63 - 1 (such as UNSET) is passed as the raw u64 the kernel stores. */
    @Specialization
    @TruffleBoundary
    protected Nil createU64(String name, BigInteger contid, Object delivery) {
        if (contid.signum() < 0 || contid.bitLength() > 64) {
            throw error(contid + " is not a u64 contid");
        }
        // the u64's bits: above 2^63 - 1 the long is negative
        return create(name, contid.longValue(), delivery instanceof String d && routed(d));
    }

    private Nil create(String name, long contid, boolean routed) {
        return kernelRunNil((k, s) -> k.backlog().sinkCreate(name, contid, routed));
    }

    @TruffleBoundary
    private boolean routed(String delivery) {
        return switch (delivery) {
            case "copy" -> false;
            case "route" -> true;
            default -> throw error("delivery must be \"copy\" or \"route\", got \"" + delivery + "\"");
        };
    }
}
