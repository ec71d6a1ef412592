package org.cscript.builtins;

import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/** {@code set_contid(t, v)}: writes /proc/T/audit_containerid (OP-46); see {@link ProcText}. Returns the bytes written. */
@ImportStatic(ProcText.class)
@NodeInfo(shortName = "set_contid")
@BuiltinSignature({"task", "int|string"})
public abstract class SetContidBuiltin extends CsBuiltinNode {

    @Specialization(guards = "isWritable(value)")
    protected long write(TaskHandle target, Object value) {
        String text = ProcText.of(value);
        return kernelCall((k, s) -> k.contidWrite(s, target.task(), text));
    }
}
