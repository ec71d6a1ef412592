package org.cscript.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.Task;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.TaskHandle;
import org.cscript.runtime.Values;

/**
 * Read-only views of a REPL session's kernel and variables, as plain data (no Truffle or
 * polyglot types leave host). Valid only inside {@link ReplSession#inspect}. Looking never boots
 * the kernel and never emits an audit event.
 */
public final class KernelViews {
    private final CscriptContext language;

    KernelViews(CscriptContext language) {
        this.language = language;
    }

    /** The variables defined so far with their values as a list shows them (strings quoted). */
    public Map<String, String> variables() {
        Map<String, String> shown = new LinkedHashMap<>();
        language.globals().defined().forEach((name, value) -> shown.put(name, Values.displayElement(value)));
        return shown;
    }

    /** Whether the kernel has booted (the first kernel operation boots it; config must come before). */
    public boolean booted() {
        return language.session().bootedKernel() != null;
    }

    /** Every task by tid (also exited ones); empty before boot. */
    public List<TaskRow> tasks() {
        Kernel kernel = language.session().bootedKernel();
        List<TaskRow> rows = new ArrayList<>();
        if (kernel != null) {
            kernel.tasks().forEach(t -> rows.add(row(kernel, t)));
        }
        return rows;
    }

    /** /proc/containers as init sees it (header only before boot). */
    public String containers() {
        Kernel kernel = language.session().bootedKernel();
        return kernel == null ? "(the kernel has not booted yet)\n" : kernel.containersTable();
    }

    /**
     * The namespaces of a task named by a variable holding it or by its pid; null if there is no
     * such task.
     */
    public Map<String, Long> namespaces(String taskNameOrPid) {
        Kernel kernel = language.session().bootedKernel();
        if (kernel == null) {
            return null;
        }
        Object value = language.globals().defined().get(taskNameOrPid);
        if (value instanceof TaskHandle handle) {
            return handle.task().namespaceInodes();
        }
        for (Task t : kernel.tasks()) {
            if (Long.toString(t.tid()).equals(taskNameOrPid)) {
                return t.namespaceInodes();
            }
        }
        return null;
    }

    private static TaskRow row(Kernel kernel, Task t) {
        return new TaskRow(t.tgid(), t.tid(), t.ppid(), t.comm(), t.state(), t.containerId(), t.containerName(),
                t.contid(), t.namespaceInodes());
    }
}
