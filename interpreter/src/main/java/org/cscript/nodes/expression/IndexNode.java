package org.cscript.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.nodes.CsBinaryNode;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;

/** {@code list[i]} (0-based) and {@code string[i]} (a one-character string). */
@NodeInfo(shortName = "[]")
public abstract class IndexNode extends CsBinaryNode {

    @Specialization
    protected Object listElement(CsList list, long index) {
        return list.get(checkIndex(index, list.size()));
    }

    @Specialization
    protected String character(String text, long index) {
        int i = checkIndex(index, text.length());
        return text.substring(i, i + 1);
    }

    @Fallback
    protected Object mismatch(Object receiver, Object index) {
        throw CsError.operandTypes(this, "[]", receiver, index);
    }

    private int checkIndex(long index, int size) {
        if (index < 0 || index >= size) {
            throw new CsError("index " + index + " is out of range (size " + size + ")", this);
        }
        return (int) index;
    }
}
