package org.cscript.builtins;

import org.cscript.runtime.CsText;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.kernel.Kernel;
import org.cscript.runtime.CsError;

/**
 * {@code container_allow_device(cfd, type, major, minor)} (OP-38): adds "chr" or "blk" major:minor
 * to the container's device allow-list; minor may be "*" (every minor). Returns 0.
 */
@NodeInfo(shortName = "container_allow_device")
@BuiltinSignature({"fd", "string", "int", "int|string"})
public abstract class ContainerAllowDeviceBuiltin extends CsBuiltinNode {

    @Specialization
    protected long allow(long cfd, String type, long major, long minor) {
        if (minor < 0) {
            throw badMinor(minor);
        }
        return allowAny(cfd, type, major, minor);
    }

    @Specialization
    protected long allow(long cfd, String type, long major, String minor) {
        if (!"*".equals(minor)) {
            throw badMinor(minor);
        }
        return allowAny(cfd, type, major, Kernel.ANY_MINOR);
    }

    @TruffleBoundary
    private CsError badMinor(Object minor) {
        String text = CsText.asString(minor);
        String shown = text != null ? "\"" + text + "\"" : minor.toString();
        return error("the minor is " + shown + "; it must be a number >= 0 or \"*\"");
    }

    private long allowAny(long cfd, String type, long major, long minor) {
        int number = fdNumber(cfd);
        return kernelRun((k, s) -> k.setup().containerAllowDevice(s, number, type, major, minor));
    }
}
