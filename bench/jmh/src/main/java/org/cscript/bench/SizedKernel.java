package org.cscript.bench;

import java.util.ArrayList;
import java.util.List;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.Task;
import org.cscript.kernel.TraceKeeping;

/**
 * A booted kernel of a given size: {@code live} tasks forked from the orchestrator and still
 * running, after {@code finished} tasks forked, exited and reaped. The limits are raised so
 * that no benchmark stops on a limit meant for scenarios (docs/limits.md). It streams its trace
 * as {@code cscript run} does: every event's lines are printed into a buffer that is dropped
 * when it fills, so formatting is paid for and nothing accumulates.
 */
final class SizedKernel {
    final Kernel kernel;
    final Task orchestrator;
    final List<Task> live;

    SizedKernel(int live, int finished) {
        KernelConfig config = KernelConfig.defaults();
        for (String limit : new String[] {"tasks", "trace_records", "containers", "namespaces"}) {
            config.set("limits." + limit, Integer.toString(Integer.MAX_VALUE));
        }
        this.kernel = new Kernel(config, Kernel.InvariantChecks.OFF, TraceKeeping.STREAMED);
        StringBuilder output = new StringBuilder(1 << 16);
        kernel.addTraceListener(event -> {
            event.appendLines(output);
            if (output.length() > 1 << 15) {
                output.setLength(0);
            }
        });
        this.orchestrator = kernel.startOrchestrator();
        for (int i = 0; i < finished; i++) {
            Task t = kernel.fork(orchestrator);
            kernel.exit(t, 0);
            kernel.waitpid(orchestrator, t);
        }
        this.live = new ArrayList<>(live);
        for (int i = 0; i < live; i++) {
            this.live.add(kernel.fork(orchestrator));
        }
    }
}
