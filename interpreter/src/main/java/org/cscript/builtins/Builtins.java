package org.cscript.builtins;

import com.oracle.truffle.api.dsl.NodeFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtin registry: one line per builtin. The parser only asks this registry, so a new
 * builtin never touches the parser.
 */
public final class Builtins {
    private static final List<NodeFactory<? extends CsBuiltinNode>> FACTORIES = List.of(
            // language helpers
            LenBuiltinFactory.getInstance(),
            StrBuiltinFactory.getInstance(),
            HexBuiltinFactory.getInstance(),
            TraceBuiltinFactory.getInstance(),
            SelfBuiltinFactory.getInstance());

    private static final Map<String, BuiltinInfo> BY_NAME = index();

    private Builtins() {
    }

    private static Map<String, BuiltinInfo> index() {
        Map<String, BuiltinInfo> byName = new LinkedHashMap<>();
        for (NodeFactory<? extends CsBuiltinNode> factory : FACTORIES) {
            BuiltinInfo info = BuiltinInfo.of(factory);
            if (byName.put(info.name(), info) != null) {
                throw new IllegalStateException("builtin " + info.name() + " is registered twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /** The builtin of that name, or null. */
    public static BuiltinInfo lookup(String name) {
        return BY_NAME.get(name);
    }

    /** All builtins in registration order. */
    public static Map<String, BuiltinInfo> all() {
        return BY_NAME;
    }
}
