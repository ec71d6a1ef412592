package org.cscript.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every builtin class is registered, and the operations the language promises exist. */
class BuiltinRegistryTest {

    /** The *Builtin classes compiled into org.cscript.builtins (generated NodeGen/Factory excluded). */
    private static List<Class<?>> builtinClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Builtins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = classes.resolve("org/cscript/builtins");
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("Builtin.class")) {
                    result.add(Class.forName("org.cscript.builtins." + name.substring(0, name.length() - 6)));
                }
            }
        }
        return result;
    }

    @Test
    void everyBuiltinClassIsRegistered() throws Exception {
        List<Class<?>> classes = builtinClasses();
        assertTrue(classes.size() >= 41, "found only " + classes.size() + " builtin classes");
        Set<Class<?>> registered = new java.util.HashSet<>();
        Builtins.all().values().forEach(info -> registered.add(info.factory().getNodeClass()));
        for (Class<?> c : classes) {
            assertTrue(CsBuiltinNode.class.isAssignableFrom(c), c + " must extend CsBuiltinNode");
            assertTrue(registered.contains(c), c.getSimpleName() + " is not registered in Builtins");
            assertNotNull(c.getAnnotation(BuiltinSignature.class), c.getSimpleName() + " has no @BuiltinSignature");
        }
        assertEquals(classes.size(), Builtins.all().size(), "registered builtins that are not *Builtin classes");
    }

    @Test
    void theLanguagesOperationsAreAllThere() {
        Set<String> expected = new TreeSet<>(List.of("fork", "clone", "clone_thread", "exec", "exit", "thread_exit",
                "kill", "waitpid", "getpid", "setuid", "capset", "drop_cap", "dup", "close", "fd_pass", "unshare",
                "ns_open", "readlink_ns", "setns", "container_create", "fork_into", "poll", "container_wait",
                "container_kill", "proc_containers", "set_contid", "get_contid", "set_loginuid", "net_packet",
                "audit_user_msg", "auditctl", "advance_clock", "audit_enabled", "audit_sink_create", "sink_trace", "self", "init", "len", "str", "hex", "trace"));
        expected.addAll(List.of("add_key", "keyctl_set_container_keyring", "container_add_key", "request_key",
                "keyq_create", "keyq_read"));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(Builtins.all().keySet());
        assertTrue(missing.isEmpty(), "missing builtins: " + missing);
    }

    @Test
    void optionalParametersAreTrailing() {
        BuiltinInfo setns = Builtins.lookup("setns");
        assertEquals(1, setns.minArity());
        assertEquals(2, setns.maxArity());
        BuiltinInfo waitpid = Builtins.lookup("waitpid");
        assertEquals(0, waitpid.minArity());
        assertFalse(Builtins.lookup("kill").minArity() < 2);
    }

    @Test
    void constantsFollowAppendixA() {
        assertEquals(0x200L, Constants.lookup("CONTAINER_CLOSE_ON_EXEC"));
        assertEquals(Constants.lookup("CONTAINER_FD_CLOEXEC"), Constants.lookup("CONTAINER_CLOSE_ON_EXEC"));
        assertEquals(0x40000000L, Constants.lookup("CLONE_NEWNET"));
        assertEquals(9L, Constants.lookup("SIGKILL"));
        assertEquals(19L, Constants.lookup("SIGSTOP"));
        assertEquals(31L, Constants.lookup("SIGSYS"));
        assertEquals(-100L, Constants.lookup("AT_FDCWD"));
        assertEquals("18446744073709551615", Constants.lookup("UNSET").toString());
        assertEquals(0x100L, Constants.lookup("KEYCTL_SET_CONTAINER_KEYRING"));
    }

    @Test
    void theSetUpOperationsAndTheirConstantsAreThere() {
        for (String name : List.of("fsopen", "fsconfig", "fsmount", "move_mount", "container_mount",
                "container_chroot", "container_bind_mount_across", "mkdirat", "mknodat", "openat", "container_socket",
                "container_allow_device")) {
            assertNotNull(Builtins.lookup(name), name);
        }
        assertEquals(6L, Constants.lookup("FSCONFIG_CMD_CREATE"));
        assertEquals(101L, Constants.lookup("FSCONFIG_SET_NAMESPACE"));
        assertEquals(0x04L, Constants.lookup("MOVE_MOUNT_F_EMPTY_PATH"));
        assertEquals(0x80L, Constants.lookup("MOVE_MOUNT_T_CONTAINER_ROOT"));
    }
}
