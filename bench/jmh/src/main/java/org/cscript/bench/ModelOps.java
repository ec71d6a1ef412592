package org.cscript.bench;

import java.util.concurrent.TimeUnit;
import org.cscript.abi.ContainerFlags;
import org.cscript.abi.NsKind;
import org.cscript.kernel.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kernel model's hot operations on the plain Java facade, at several system sizes. The cost
 * per operation must not grow with the live tasks or with the tasks already finished.
 *
 * <p>Each iteration boots a fresh kernel of the wanted size (untimed: its records are streamed,
 * not kept, but its state grows with every operation) and times one batch of {@link #BATCH}
 * operations in it; JMH divides by the batch. The gc profiler's B/op then includes that boot:
 * {@link BatchAllocProfiler} gives the batch's own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class ModelOps {
    static final int BATCH = 2_000;

    /** What the model's container_create creates, the namespaces bench/native unshares. */
    static final long CONTAINER_FLAGS = ContainerFlags.NEW_FS_NS | ContainerFlags.NEW_UTS_NS
            | ContainerFlags.NEW_IPC_NS | ContainerFlags.NEW_PID_NS | ContainerFlags.NEW_NET_NS;

    private static final long CLONE_NEWNET = NsKind.NET.cloneFlag();

    @Param({"1000", "10000", "100000"})
    public int liveTasks;

    @Param({"0", "100000"})
    public int finishedTasks;

    private SizedKernel k;
    private Task mover;
    private int netA;
    private int netB;

    @Setup(Level.Iteration)
    public void boot() {
        k = new SizedKernel(liveTasks, finishedTasks);
        // setns: two tasks each unshare a net namespace; the mover holds an fd on each.
        mover = k.kernel.fork(k.orchestrator);
        Task a = k.kernel.fork(k.orchestrator);
        Task b = k.kernel.fork(k.orchestrator);
        k.kernel.unshare(a, CLONE_NEWNET);
        k.kernel.unshare(b, CLONE_NEWNET);
        netA = k.kernel.nsOpen(mover, a, "net");
        netB = k.kernel.nsOpen(mover, b, "net");
        // The kernel just built is young garbage-to-be-copied: collect now, not inside the timed batch.
        System.gc();
    }

    /** A container's whole life: create, start its init, register it, init exits, reap, close the fd. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void containerCycle(Blackhole bh) {
        var kernel = k.kernel;
        Task orch = k.orchestrator;
        long start = BatchAlloc.now();
        for (int i = 0; i < BATCH; i++) {
            int cfd = kernel.containerCreate(orch, "bench", CONTAINER_FLAGS, 0, 0, 0);
            Task init = kernel.forkIntoContainer(orch, cfd);
            kernel.contidWrite(orch, init, "42");
            kernel.exit(init, 0);
            bh.consume(kernel.waitpid(orch, init));
            kernel.close(orch, cfd);
        }
        BatchAlloc.record(start, BATCH);
    }

    /** One task switching between two net namespaces: each op is one setns that moves it. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void setnsBackAndForth() {
        var kernel = k.kernel;
        long start = BatchAlloc.now();
        for (int i = 0; i < BATCH; i += 2) {
            kernel.setns(mover, netA, CLONE_NEWNET);
            kernel.setns(mover, netB, CLONE_NEWNET);
        }
        BatchAlloc.record(start, BATCH);
    }

    /** fork alone (the batch adds BATCH live children to the orchestrator's). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void fork(Blackhole bh) {
        var kernel = k.kernel;
        Task orch = k.orchestrator;
        long start = BatchAlloc.now();
        for (int i = 0; i < BATCH; i++) {
            bh.consume(kernel.fork(orch));
        }
        BatchAlloc.record(start, BATCH);
    }
}
