package org.cscript.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The container_create flag table (kernel-model.md Appendix A, OP-18). */
class ContainerFlagsTest {

    @Test
    void needsAdminIsEveryNamespaceFlagButTheUserOne() {
        assertEquals(0x0df, ContainerFlags.NEEDS_ADMIN);
    }

    @Test
    void kindsOfFlags() {
        assertEquals(Set.of(), ContainerFlags.namespaceKinds(ContainerFlags.KILL_ON_CLOSE | ContainerFlags.FD_CLOEXEC));
        assertEquals(Set.of(NsKind.MNT), ContainerFlags.namespaceKinds(ContainerFlags.NEW_EMPTY_FS_NS));
        assertEquals(Set.of(NsKind.USER, NsKind.PID),
                ContainerFlags.namespaceKinds(ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_PID_NS));
        assertEquals(EnumSet.allOf(NsKind.class), ContainerFlags.namespaceKinds(ContainerFlags.FLAG_MASK));
    }

    @Test
    void everyTableFlagHasAScriptNameAndIsInTheMask() {
        for (ContainerFlags.NamespaceFlag f : ContainerFlags.NAMESPACE_FLAGS) {
            assertTrue(ContainerFlags.byScriptName().containsValue(f.flag()), f.toString());
            assertEquals(f.flag(), f.flag() & ContainerFlags.FLAG_MASK);
        }
    }
}
