package org.cscript.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeChild;
import org.cscript.kernel.Kernel;
import org.cscript.kernel.FileView;
import org.cscript.kernel.KernelException;
import org.cscript.kernel.ScenarioMistake;
import org.cscript.kernel.Task;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CsErrnoException;
import org.cscript.runtime.CsError;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.TaskHandle;

/**
 * Base of the builtins: one subclass per operation, named after it, with
 * {@code @NodeInfo(shortName = "script_name")}, a {@link BuiltinSignature} and
 * {@code @Specialization} methods; the arguments are child nodes evaluated before the call.
 */
@NodeChild(value = "arguments", type = CsExpressionNode[].class)
@GenerateNodeFactory
public abstract class CsBuiltinNode extends CsExpressionNode {
    private BuiltinInfo info;

    final void setInfo(BuiltinInfo info) {
        this.info = info;
    }

    /** The name scripts call this builtin by. */
    public final String builtinName() {
        return info.name();
    }

    /** A kernel operation performed by the current task. */
    @FunctionalInterface
    protected interface KernelCall<T> {
        T run(Kernel kernel, Task actor);
    }

    /**
     * Runs a kernel operation: an errno result becomes the errno error naming this builtin (which
     * {@code try} and {@code expect} catch), any other mistake the model refuses a scenario error here.
     */
    @TruffleBoundary
    protected final <T> T kernelCall(KernelCall<T> call) {
        KernelSession session = session();
        try {
            return call.run(session.kernel(), session.actor());
        } catch (KernelException e) {
            throw new CsErrnoException(e.errno(), builtinName(), showsDetail() ? e.detail() : null, this);
        } catch (ScenarioMistake e) {
            throw new CsError(builtinName() + ": " + e.getMessage(), this);
        }
    }

    /**
     * Whether failures add the kernel's detail to the message. Off by default: the errno and
     * the position say what failed (docs/language.md); a builtin whose input is a little
     * language of its own (auditctl rules) turns it on.
     */
    protected boolean showsDetail() {
        return false;
    }

    protected final KernelSession session() {
        return CscriptContext.get(this).session();
    }

    @TruffleBoundary
    protected final TaskHandle handle(Task task) {
        return new TaskHandle(task);
    }

    /** The fd value for descriptor {@code fd} of {@code holder}, with what it refers to. */
    @TruffleBoundary
    protected static FdValue fdValue(Kernel kernel, Task holder, int fd) {
        FileView view = kernel.describeFd(holder, fd);
        if (view == null) {
            return new FdValue(fd, "closed", null, -1);
        }
        if (view.kind().equals("container")) {
            return new FdValue(fd, view.kind(), view.containerName(), view.containerId());
        }
        // An nsfs descriptor: .name is the namespace kind, .id its inode number.
        return new FdValue(fd, view.kind(), view.nsKind(), view.nsInum());
    }

    /** A descriptor number argument as an int (fds are small; anything else is a type error). */
    protected final int fdNumber(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CsError(builtinName() + ": " + value + " is not a valid descriptor number", this);
        }
        return (int) value;
    }

    /**
     * The error for arguments no specialization accepts: names the first argument of the wrong
     * kind ("kill expects a task as its first argument, got a string").
     */
    @TruffleBoundary
    protected final CsError wrongArguments(Object... values) {
        for (int i = 0; i < values.length && i < info.parameters().size(); i++) {
            String declared = info.parameters().get(i);
            if (!ArgumentKinds.accepts(declared, ArgumentKinds.kindOf(values[i]))) {
                return CsError.argumentType(this, builtinName(), i, ArgumentKinds.describe(declared), values[i]);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof java.math.BigInteger big) {
                return new CsError(builtinName() + ": " + big + " (its " + CsError.ordinal(i)
                        + " argument) is outside the 64-bit range this operation takes", this);
            }
        }
        return new CsError(builtinName() + " cannot take these arguments: " + describeAll(values), this);
    }

    private static String describeAll(Object[] values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(org.cscript.runtime.Values.typeName(value));
        }
        return out.toString();
    }
}
