package org.cscript.builtins;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.runtime.TaskHandle;

/**
 * {@code task_by_pid(pid)}: the task /proc/PID names for the current task (OP-46's lookup, before
 * the write): whoever holds the number in the caller's PID namespace now, a zombie too; ESRCH
 * (OP-46 check 1) if nobody does. An orchestrator that remembers a number, not a task, writes
 * through this, which is how the pid.reuse race of Q23 is written in a scenario.
 */
@NodeInfo(shortName = "task_by_pid")
@BuiltinSignature("int")
public abstract class TaskByPidBuiltin extends CsBuiltinNode {

    @Specialization
    protected TaskHandle lookup(long pid) {
        return handle(kernelCall((k, s) -> k.procTask(s, pid)));
    }
}
