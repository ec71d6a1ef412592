import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioRunner;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.Task;

/**
 * Prints how the kernel model and the interpreter scale. Run with bench/run.
 * The numbers that matter: the cost per operation must stay flat as the system grows
 * (no operation scans every task or namespace), and memory per task must stay small.
 */
public final class KernelBench {
    private static final long CLONE_NEWNET = 0x40000000L;

    public static void main(String[] args) throws Exception {
        System.out.println("# kernel model (plain Java, no interpreter)");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            lifecycle(n);
        }
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            opsAtSize(n);
        }
        memoryPerTask(100_000);
        System.out.println("# interpreter (examples/, in-process, fresh context per run)");
        scenarios(Path.of(args.length > 0 ? args[0] : "examples"));
    }

    /** fork + set_contid + exit + waitpid for n tasks: the whole life of a registered task. */
    private static void lifecycle(int n) {
        Kernel k = new Kernel(KernelConfig.defaults());
        Task orch = k.startOrchestrator();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Task t = k.fork(orch);
            k.contidWrite(orch, t, Long.toString(1000 + i));
            k.exit(t, 0);
            k.waitpid(orch, t);
        }
        long ns = System.nanoTime() - t0;
        System.out.printf("lifecycle        n=%-7d %8.0f ns/task  (%d trace lines)%n", n, (double) ns / n, k.hostTrace().size());
    }

    /** With n live registered tasks in one shared net namespace, time single operations. */
    private static void opsAtSize(int n) {
        Kernel k = new Kernel(KernelConfig.defaults());
        Task orch = k.startOrchestrator();
        Task first = k.fork(orch);
        k.unshare(first, CLONE_NEWNET);
        int nsfd = k.nsOpen(orch, first, "net");
        List<Task> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Task t = k.fork(orch);
            k.setns(t, nsfd, CLONE_NEWNET);
            k.contidWrite(orch, t, Long.toString(1 + (i % 100)));
            live.add(t);
        }
        var netns = k.netNamespaceOfTask(first);
        int reps = 2_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            k.netPacket(netns, "10.0.0.1", "10.0.0.2", 6, 0);
        }
        long packet = (System.nanoTime() - t0) / reps;
        t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            Task t = k.fork(live.get(i % live.size()));
            k.exit(t, 0);
        }
        long forkExit = (System.nanoTime() - t0) / reps;
        System.out.printf("ops at size      n=%-7d %8d ns/net_packet (100 contids)  %8d ns/fork+exit%n", n, packet, forkExit);
    }

    private static void memoryPerTask(int n) {
        System.gc();
        long before = used();
        Kernel k = new Kernel(KernelConfig.defaults());
        Task orch = k.startOrchestrator();
        List<Task> keep = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keep.add(k.fork(orch));
        }
        System.gc();
        long after = used();
        System.out.printf("memory           n=%-7d %8d bytes/live task (%d live)%n", n, (after - before) / n, keep.size());
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void scenarios(Path dir) throws Exception {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".cscript")).sorted().toList();
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ScenarioRunner runner = new ScenarioRunner(RunOptions.defaults(quiet));
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            for (Path f : files) {
                runner.run(f);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("examples round %d: %d scenarios in %d ms (%.1f ms/scenario)%n", round, files.size(), ms, (double) ms / files.size());
        }
    }
}
