package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.CsList;

/** {@code len(x)}: elements of a list or characters of a string. */
@NodeInfo(shortName = "len")
@BuiltinSignature("list|string")
public abstract class LenBuiltin extends CsBuiltinNode {

    @Specialization
    protected long ofList(CsList list) {
        return list.size();
    }

    @Specialization
    protected long ofString(String text) {
        return text.length();
    }
}
