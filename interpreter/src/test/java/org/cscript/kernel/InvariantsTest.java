package org.cscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.ContainerFlags;
import org.junit.jupiter.api.Test;

/**
 * kernel-model.md §1.12: a long deterministic mix of operations with the checker after each
 * one (through {@link Sim}) and a large-scale run; {@link InvariantCorruptionTest} proves the
 * checker catches corruption, {@link KernelModelPropertyTest} tries random sequences.
 */
class InvariantsTest {

    /** A fixed linear congruential sequence: deterministic, not random. */
    private static final class Steps {
        private long state;

        Steps(long seed) {
            state = seed;
        }

        int next(int bound) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) Long.remainderUnsigned(state >>> 33, bound);
        }
    }

    @Test
    void invariantsHoldAcrossAMixOfOperations() {
        Sim s = Sim.with("contid.deny_children", "false", "contid.allow_move", "true");
        Steps steps = new Steps(42);
        List<Task> tasks = new ArrayList<>(List.of(s.init, s.orch));
        long[] flags = {0, ContainerFlags.NEW_PID_NS, ContainerFlags.NEW_PID_NS | ContainerFlags.KILL_ON_CLOSE,
            ContainerFlags.NEW_UTS_NS | ContainerFlags.NEW_NET_NS | ContainerFlags.FD_CLOEXEC,
            ContainerFlags.NEW_USER_NS | ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_FS_NS};
        int failures = 0;
        for (int i = 0; i < 1500; i++) {
            List<Task> live = new ArrayList<>();
            for (Task t : tasks) {
                if (t.running()) {
                    live.add(t);
                }
            }
            Task a = live.get(steps.next(live.size()));
            Task b = live.get(steps.next(live.size()));
            int fd = 3 + steps.next(4);
            int step = i;
            try {
                switch (steps.next(16)) {
                    case 0, 1 -> tasks.add(s.fork(a));
                    case 2 -> tasks.add(s.op(() -> s.k.cloneThread(a)));
                    case 3 -> s.create(a, "c" + i, flags[steps.next(flags.length)]);
                    case 4 -> tasks.add(s.forkInto(a, fd));
                    case 5 -> s.close(a, fd);
                    case 6 -> s.run(() -> s.k.unshare(a, Sim.NEWNET | Sim.NEWUTS));
                    case 7 -> s.contidWrite(a, b, Integer.toString(1 + steps.next(20)));
                    case 8 -> s.run(() -> s.k.setns(a, fd, 0));
                    case 9 -> s.op(() -> s.k.nsOpen(a, b, "net"));
                    case 10 -> s.run(() -> s.k.kill(a, b, 9));
                    case 11 -> s.op(() -> s.k.waitpid(a, null));
                    case 12 -> s.run(() -> s.k.execve(a, "/bin/x" + step));
                    case 13 -> s.run(() -> s.k.containerKill(a, fd, steps.next(2), 15));
                    case 14 -> s.run(() -> s.k.threadExit(a));
                    default -> {
                        if (a != s.orch) {
                            s.exit(a, i);
                        }
                    }
                }
            } catch (KernelException expected) {
                failures++;
            }
        }
        assertTrue(failures > 100 && failures < 1400, "a useful mix of successes and failures: " + failures);
        assertTrue(s.k.hostTrace().size() > 500, "many records");
        String all = String.join("\n", s.k.hostTrace());
        for (String sign : new String[] {"op=start", "op=dead", "op=join", "): op=set opid=", "): op=destroy contid=", "): op=move opid=",
            "type=UNKNOWN[1341]", "op=destroy ctr="}) {
            assertTrue(all.contains(sign), "the mix reaches " + sign);
        }
    }

    /** 100k tasks: no operation scans all tasks, so this stays fast. */
    @Test
    void largeScale() {
        KernelConfig config = KernelConfig.defaults();
        config.set("limits.tasks", "200000");   // 100,000 children and the tasks around them
        Kernel k = new Kernel(config);
        Task orch = k.fork(k.initTask());
        int cfd = k.containerCreate(orch, "big", ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_NET_NS, 0, 0, 0);
        Task init = k.forkIntoContainer(orch, cfd);
        k.contidWrite(orch, init, "1");
        List<Task> kids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Task c = k.fork(i % 2 == 0 ? orch : init);
            kids.add(c);
            if (i % 2 == 0 && i % 10 == 0) {
                k.contidWrite(orch, c, Integer.toString(1000 + i));
            }
        }
        k.netPacket(k.netNamespaceOfTask(init), "a", "b", 6, 0);
        List<String> trace = k.hostTrace();
        assertTrue(trace.get(trace.size() - 1).endsWith("contid=1"), trace.get(trace.size() - 1));
        for (int i = 0; i < kids.size(); i += 2) {
            k.exit(kids.get(i), 0);
        }
        k.exit(init, 0);
        assertEquals("reaped", kids.get(1).state());
        k.close(orch, cfd);
        assertEquals(List.of(), k.checkInvariants());
        assertEquals(2, k.core.tasks.values().stream().filter(t -> t.running()).count(), "init and orch remain");
    }
}
