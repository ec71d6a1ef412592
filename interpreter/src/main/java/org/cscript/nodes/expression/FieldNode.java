package org.cscript.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.cscript.kernel.Task;
import org.cscript.nodes.CsExpressionNode;
import org.cscript.runtime.CapabilityValue;
import org.cscript.runtime.CsError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.ErrnoValue;
import org.cscript.runtime.FdValue;
import org.cscript.runtime.KernelSession;
import org.cscript.runtime.Nil;
import org.cscript.runtime.Numbers;
import org.cscript.runtime.TaskFields;
import org.cscript.runtime.TaskHandle;
import org.cscript.runtime.Values;

/**
 * {@code value.name}: live fields of a task (kernel-model.md 1.4), the parts of an fd, the name
 * and number of an errno, the name of a capability.
 */
@NodeInfo(shortName = ".")
@NodeChild("receiver")
@NodeField(name = "fieldName", type = String.class)
public abstract class FieldNode extends CsExpressionNode {
    /** Task fields, in the order the documentation lists them. */
    public static final String[] TASK_FIELDS = TaskFields.NAMES;
    public static final String[] FD_FIELDS = {"fd", "kind", "name", "id"};
    public static final String[] ERRNO_FIELDS = {"name", "number"};
    public static final String[] CAPABILITY_FIELDS = {"name"};

    protected abstract String getFieldName();

    @Specialization
    protected Object taskField(TaskHandle handle) {
        return readTaskField(CscriptContext.get(this).session(), handle.task(), getFieldName());
    }

    @TruffleBoundary
    private Object readTaskField(KernelSession session, Task t, String name) {
        Object value = TaskFields.read(session, t, name);
        if (value == null) {
            throw noSuchField(new TaskHandle(t), TASK_FIELDS);
        }
        return value;
    }

    @Specialization
    @TruffleBoundary
    protected Object fdField(FdValue fd) {
        return switch (getFieldName()) {
            case "fd" -> fd.number();
            case "kind" -> fd.kind();
            case "name" -> fd.name() == null ? Nil.INSTANCE : fd.name();
            case "id" -> fd.id() < 0 ? Nil.INSTANCE : (Object) fd.id();
            default -> throw noSuchField(fd, FD_FIELDS);
        };
    }

    @Specialization
    @TruffleBoundary
    protected Object errnoField(ErrnoValue errno) {
        return switch (getFieldName()) {
            case "name" -> errno.errno().name();
            case "number" -> (long) errno.errno().number();
            default -> throw noSuchField(errno, ERRNO_FIELDS);
        };
    }

    @Specialization
    @TruffleBoundary
    protected Object capabilityField(CapabilityValue capability) {
        if (getFieldName().equals("name")) {
            return capability.capability().name();
        }
        throw noSuchField(capability, CAPABILITY_FIELDS);
    }

    @Fallback
    @TruffleBoundary
    protected Object noFields(Object receiver) {
        throw new CsError(Values.withArticle(Values.typeName(receiver)) + " has no field '" + getFieldName() + "'", this);
    }

    @TruffleBoundary
    private CsError noSuchField(Object receiver, String[] known) {
        return new CsError(Values.withArticle(Values.typeName(receiver)) + " has no field '" + getFieldName()
                + "' (fields: " + String.join(", ", known) + ")", this);
    }
}
