package org.cscript.builtins;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.List;
import org.cscript.nodes.CsExpressionNode;

/** A registered builtin: its script name, node factory and signature. */
public record BuiltinInfo(String name, NodeFactory<? extends CsBuiltinNode> factory, List<String> parameters,
        List<String> defaults) {

    static BuiltinInfo of(NodeFactory<? extends CsBuiltinNode> factory) {
        Class<?> nodeClass = factory.getNodeClass();
        NodeInfo info = nodeClass.getAnnotation(NodeInfo.class);
        BuiltinSignature signature = nodeClass.getAnnotation(BuiltinSignature.class);
        if (info == null || info.shortName().isEmpty() || signature == null) {
            throw new IllegalStateException(nodeClass.getSimpleName() + " needs @NodeInfo(shortName) and @BuiltinSignature");
        }
        List<String> parameters = List.of(signature.value());
        ArgumentKinds.checkSignature("builtin " + info.shortName() + " (" + nodeClass.getSimpleName() + ")", parameters);
        if (parameters.size() != factory.getExecutionSignature().size()) {
            throw new IllegalStateException(nodeClass.getSimpleName() + ": @BuiltinSignature has " + parameters.size()
                    + " parameters, the node has " + factory.getExecutionSignature().size());
        }
        return new BuiltinInfo(info.shortName(), factory, parameters, List.of(signature.defaults()));
    }

    /**
     * Whether the builtin reads the whole host trace back ({@code trace()}): a program that calls
     * it runs on a kernel that keeps its trace; any other run streams it.
     */
    public boolean readsHostTrace() {
        return ReadsHostTrace.class.isAssignableFrom(factory.getNodeClass());
    }

    public int maxArity() {
        return parameters.size();
    }

    public int minArity() {
        return parameters.size() - defaults.size();
    }

    /** A node for a call with these (already default-completed) argument nodes. */
    public CsBuiltinNode createNode(CsExpressionNode[] arguments) {
        CsBuiltinNode node = factory.createNode((Object) arguments);
        node.setInfo(this);
        return node;
    }
}
