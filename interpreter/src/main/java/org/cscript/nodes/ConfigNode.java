package org.cscript.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CscriptContext;

/** {@code config key = value}: sets a kernel knob (kernel-model.md 0.4) or the profile, before boot. */
@NodeInfo(shortName = "config")
public final class ConfigNode extends CsStatementNode {
    private final String key;
    private final String value;

    public ConfigNode(String key, String value) {
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        CscriptContext.get(this).session().configure(key, value, this);
    }
}
