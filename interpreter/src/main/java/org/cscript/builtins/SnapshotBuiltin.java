package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.Nil;

/**
 * {@code snapshot([label])}: a helper (no OP-xx) for {@code cscript draw}, which draws one picture
 * of the model's state here (docs/draw.md). Under any other command it does nothing: no event, no
 * output, and it never boots the kernel. Returns nil.
 */
@NodeInfo(shortName = "snapshot")
@BuiltinSignature(value = "string|nil", defaults = "nil")
public abstract class SnapshotBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil unlabelled(@SuppressWarnings("unused") Nil label) {
        CscriptContext.get(this).takeSnapshot(null);
        return Nil.INSTANCE;
    }

    @Specialization
    protected Nil labelled(String label) {
        CscriptContext.get(this).takeSnapshot(label);
        return Nil.INSTANCE;
    }
}
