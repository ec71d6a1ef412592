package org.cscript.builtins;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import java.util.Collections;
import java.util.List;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.ValueKind;
import org.junit.jupiter.api.Test;

/** A signature naming a kind that does not exist stops the registry from being built. */
class BuiltinSignatureTest {

    /** Annotated like a builtin, with a misspelt kind; only its annotations are read. */
    @NodeInfo(shortName = "bad_kill")
    @BuiltinSignature({"task", "itn"})
    static final class MisspeltKind {
    }

    /** A factory whose node class is {@code nodeClass}, taking {@code arity} arguments. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static NodeFactory<? extends CsBuiltinNode> factoryOf(Class<?> nodeClass, int arity) {
        return new NodeFactory() {
            @Override
            public Node createNode(Object... arguments) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Class getNodeClass() {
                return nodeClass;
            }

            @Override
            public List<List<Class<?>>> getNodeSignatures() {
                return List.of(List.of(CsExpressionNode[].class));
            }

            @Override
            public List<Class<? extends Node>> getExecutionSignature() {
                return Collections.nCopies(arity, CsExpressionNode.class);
            }
        };
    }

    @Test
    void anUnknownKindFailsRegistrationNamingTheBuiltinAndTheKind() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BuiltinInfo.of(factoryOf(MisspeltKind.class, 2)));
        assertEquals("builtin bad_kill (MisspeltKind): @BuiltinSignature names the unknown kind \"itn\" for its second"
                + " parameter (\"itn\"); the kinds are int, string, bool, nil, list, task, fd, errno, cap, any",
                e.getMessage());
    }

    @Test
    void everyAlternativeIsChecked() {
        assertThrows(IllegalStateException.class, () -> ArgumentKinds.checkSignature("x", List.of("task|tsak")));
        assertThrows(IllegalStateException.class, () -> ArgumentKinds.checkSignature("x", List.of("task|")));
        assertThrows(IllegalStateException.class, () -> ArgumentKinds.checkSignature("x", List.of("Int")));
        // a kind of value, but not one a builtin may declare
        assertThrows(IllegalStateException.class, () -> ArgumentKinds.checkSignature("x", List.of("function")));
        assertDoesNotThrow(() -> ArgumentKinds.checkSignature("x", List.of("task|fd", "string|nil", "any")));
    }

    @Test
    void everyRegisteredBuiltinPasses() {
        for (BuiltinInfo builtin : Builtins.all().values()) {
            assertDoesNotThrow(() -> ArgumentKinds.checkSignature(builtin.name(), builtin.parameters()), builtin.name());
            builtin.parameters().forEach(declared -> assertDoesNotThrow(() -> ArgumentKinds.describe(declared)));
        }
    }

    @Test
    void everyDeclarableKindIsAKindOfValueOrAny() {
        for (String kind : ArgumentKinds.DECLARABLE) {
            if (!kind.equals("any")) {
                assertNotNull(ValueKind.bySignatureName(kind), kind);
            }
        }
        assertEquals("any value", ArgumentKinds.describe("any"));
        assertEquals("an integer or a string", ArgumentKinds.describe("int|string"));
    }
}
