package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.ArrayList;
import java.util.List;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CsList;

/**
 * {@code container_set_policy(cfd, label, ops)}: attaches a security policy to the container
 * behind {@code cfd}; its members run as {@code label} ({@code subj=}) and are refused the
 * operations named in {@code ops} (builtin names) with EACCES and an AVC record (P-POLICY, with
 * {@code config container.policy = on}). Returns 0. A proposal of the seeds:
 * docs/proposals/container-policy.md.
 */
@NodeInfo(shortName = "container_set_policy")
@BuiltinSignature({"fd", "string", "list"})
public abstract class ContainerSetPolicyBuiltin extends CsBuiltinNode {

    @Specialization
    protected long setPolicy(long cfd, String label, CsList ops) {
        int fd = fdNumber(cfd);
        List<String> names = names(ops);
        return kernelRun((k, s) -> k.policy().setPolicy(s, fd, label, names));
    }

    @TruffleBoundary
    private List<String> names(CsList list) {
        List<String> out = new ArrayList<>();
        for (Object element : list.elements()) {
            if (!(element instanceof String name)) {
                throw CsError.expected(this, builtinName(), "a list of operation names such as \"unshare\"", element);
            }
            out.add(name);
        }
        return out;
    }
}
