package org.cscript.bench;

import org.cscript.kernel.Task;

/**
 * The plain-Java twin of bench/lib.sh's gen_cycles scenario: boots a kernel and runs N container
 * cycles on the facade, then exits. bench/run times the whole process against `cscript run` of
 * the scenario, so both sides pay for the same operations, records and JVM start.
 */
public final class CycleLoop {
    private CycleLoop() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        SizedKernel k = new SizedKernel(0, 0);
        for (int i = 0; i < n; i++) {
            int cfd = k.kernel.containerCreate(k.orchestrator, "bench", ModelOps.CONTAINER_FLAGS, 0, 0, 0);
            Task init = k.kernel.forkIntoContainer(k.orchestrator, cfd);
            k.kernel.contidWrite(k.orchestrator, init, "42");
            k.kernel.exit(init, 0);
            k.kernel.waitpid(k.orchestrator, init);
            k.kernel.close(k.orchestrator, cfd);
        }
        System.out.println(n + " cycles, " + k.kernel.traceRecordsWritten() + " trace lines");
    }
}
