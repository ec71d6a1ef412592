package org.cscript.builtins;

import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code set_capcontid(t, v)}: writes /proc/T/audit_capcontainerid, an upstream extension (the
 * v11 series' capcontid; no operation of kernel-model.md); see {@link ProcText}. Returns the
 * bytes written.
 */
@ImportStatic(ProcText.class)
@NodeInfo(shortName = "set_capcontid")
@BuiltinSignature({"task", "int|string"})
public abstract class SetCapcontidBuiltin extends CsBuiltinNode {

    @Specialization(guards = "isWritable(value)")
    protected long write(TaskHandle target, Object value) {
        String text = ProcText.of(value);
        return kernelCall((k, s) -> k.capcontidWrite(s, target.task(), text));
    }
}
