package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * {@code fsconfig(fd, cmd[, key[, value[, aux]]])}: OP-27 on an fs context, OP-30 on a container fd
 * (the kernel chooses by the kind of {@code fd}). {@code aux} is the descriptor argument of
 * FSCONFIG_SET_CONTAINER, FSCONFIG_SET_NAMESPACE and FSCONFIG_SET_FD. Returns 0.
 */
@NodeInfo(shortName = "fsconfig")
@BuiltinSignature(value = {"fd", "int", "string|nil", "string|nil", "fd"}, defaults = {"nil", "nil", "0"})
public abstract class FsconfigBuiltin extends CsBuiltinNode {

    @Specialization
    protected long fsconfig(long fd, long cmd, Object key, Object value, long aux) {
        int number = fdNumber(fd);
        int auxFd = fdNumber(aux);
        String keyText = NullableText.of(this, key, 2);
        String valueText = NullableText.of(this, value, 3);
        return kernelRun((k, s) -> k.setup().fsconfig(s, number, cmd, keyText, valueText, auxFd));
    }
}
