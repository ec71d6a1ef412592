package org.cscript.bench;

import java.util.ArrayList;
import java.util.List;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.KernelConfig;
import org.cscript.kernel.Task;

/**
 * A booted kernel of a given size: {@code live} tasks forked from the orchestrator and still
 * running, after {@code finished} tasks forked, exited and reaped. The limits are raised so
 * that no benchmark stops on a limit meant for scenarios: tasks, trace records, and containers
 * and namespaces, which count every one created (docs/limits.md).
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
        this.kernel = new Kernel(config);
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
