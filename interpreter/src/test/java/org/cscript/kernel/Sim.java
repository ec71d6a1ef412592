package org.cscript.kernel;

import org.cscript.audit.RecordType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cscript.abi.Capability;
import org.cscript.abi.Errno;

/**
 * Test harness: a booted kernel after preamble P0 (orch = fork(init) = task 100, exec runc).
 * The kernel checks its invariants after every operation, also after failures
 * ({@link Kernel.InvariantChecks#AFTER_EVERY_OPERATION}): a violation fails the test.
 */
final class Sim {
    static final long NEWNS = 0x00020000L;
    static final long NEWUTS = 0x04000000L;
    static final long NEWIPC = 0x08000000L;
    static final long NEWUSER = 0x10000000L;
    static final long NEWPID = 0x20000000L;
    static final long NEWNET = 0x40000000L;
    static final String UNSET = "18446744073709551615";

    final Kernel k;
    final Task init;
    final Task orch;
    private int mark;

    Sim() {
        this(KernelConfig.defaults());
    }

    Sim(KernelConfig config) {
        k = new Kernel(config, Kernel.InvariantChecks.AFTER_EVERY_OPERATION);
        init = k.initTask();
        orch = op(k::startOrchestrator);
        assertEquals(Long.parseLong(config.get("pid.first")), orch.tid());
        assertEquals(List.of(), k.hostTrace(), "P0 emits nothing");
    }

    static Sim with(String... keyValues) {
        KernelConfig c = KernelConfig.defaults();
        for (int i = 0; i < keyValues.length; i += 2) {
            c.set(keyValues[i], keyValues[i + 1]);
        }
        return new Sim(c);
    }

    <T> T op(Supplier<T> body) {
        return body.get();
    }

    void run(Runnable body) {
        op(() -> {
            body.run();
            return null;
        });
    }

    /** Runs an operation expected to fail with {@code errno}. */
    void fails(Errno errno, Runnable body) {
        KernelException e = assertThrows(KernelException.class, () -> run(body));
        assertEquals(errno, e.errno(), e.getMessage());
    }

    /** Host lines emitted since the previous call. */
    List<String> newLines() {
        List<String> all = k.hostTrace();
        List<String> out = new ArrayList<>(all.subList(mark, all.size()));
        mark = all.size();
        return out;
    }

    /** Asserts nothing was emitted since the previous call. */
    void noEvent() {
        assertEquals(List.of(), newLines(), "expected no event");
    }

    /**
     * Consumes the next event (the new lines with this serial) and asserts its records; each
     * expectation is "TYPE field=value ..." and must match the record's type and contain those
     * fields. Later events stay for the next call.
     */
    List<String> event(long serial, String... expected) {
        List<String> all = k.hostTrace();
        List<String> lines = new ArrayList<>();
        while (mark < all.size() && all.get(mark).contains(":" + serial + "): ")) {
            lines.add(all.get(mark++));
        }
        assertEquals(expected.length, lines.size(), "record count in " + lines);
        for (int i = 0; i < expected.length; i++) {
            String line = lines.get(i);
            String[] words = expected[i].split(" ");
            String printed = line.substring("type=".length(), line.indexOf(" msg=audit("));
            assertEquals(words[0], RecordType.designName(printed), "type of " + line);
            assertTrue(line.contains(":" + serial + "): "), "serial " + serial + " in " + line);
            for (int w = 1; w < words.length; w++) {
                if (!(" " + line + " ").contains(" " + words[w] + " ")) {
                    fail("missing '" + words[w] + "' in " + line);
                }
            }
        }
        return lines;
    }

    static Set<Capability> allBut(Capability... caps) {
        Set<Capability> s = EnumSet.allOf(Capability.class);
        for (Capability c : caps) {
            s.remove(c);
        }
        return s;
    }

    Task fork(Task s) {
        return op(() -> k.fork(s));
    }

    int create(Task s, String name, long flags) {
        return op(() -> k.containerCreate(s, name, flags, 0, 0, 0));
    }

    Task forkInto(Task s, int cfd) {
        return op(() -> k.forkIntoContainer(s, cfd));
    }

    void close(Task s, int fd) {
        run(() -> k.close(s, fd));
    }

    void exit(Task s, long code) {
        run(() -> k.exit(s, code));
    }

    long contidWrite(Task s, Task t, String text) {
        return op(() -> k.contidWrite(s, t, text));
    }
}
