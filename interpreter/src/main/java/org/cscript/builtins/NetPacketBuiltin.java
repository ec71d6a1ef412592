package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.Nil;
import org.cscript.runtime.TaskHandle;

/**
 * {@code net_packet(target, saddr, daddr, proto[, mark])} (OP-48): a packet in the net namespace of a
 * task, or of an fd of the current task (container fd: the container's; nsfs fd). Returns nil.
 */
@NodeInfo(shortName = "net_packet")
@BuiltinSignature(value = {"task|fd", "string", "string", "int", "int"}, defaults = {"0"})
public abstract class NetPacketBuiltin extends CsBuiltinNode {

    @Specialization
    protected Nil fromTask(TaskHandle target, String saddr, String daddr, long proto, long mark) {
        checked(ArgumentRange.PROTOCOL, proto);
        checked(ArgumentRange.MARK, mark);
        return kernelRunNil((k, s) -> k.netPacket(k.netNamespaceOfTask(target.task()), saddr, daddr, proto, mark));
    }

    @Specialization
    protected Nil fromFd(long fd, String saddr, String daddr, long proto, long mark) {
        int number = fdNumber(fd);
        checked(ArgumentRange.PROTOCOL, proto);
        checked(ArgumentRange.MARK, mark);
        return kernelRunNil((k, s) -> k.netPacket(k.netNamespaceOfFd(s, number), saddr, daddr, proto, mark));
    }
}
