package org.cscript.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;
import org.cscript.kernel.Task;

/**
 * A task as a script value (kernel-model.md 0.3: operations take task handles, not numbers).
 * Its fields ({@code t.pid}, {@code t.contid}, ...) are read live from the kernel by
 * {@link org.cscript.nodes.expression.FieldNode}; two handles are equal when they name the same task.
 */
@ExportLibrary(InteropLibrary.class)
public record TaskHandle(Task task) implements TruffleObject {

    /** The task; while a step of an explored branch runs, the task is noted as one the step read ({@link TaskReads}). */
    @Override
    public Task task() {
        if (TaskReads.active) {
            TaskReads.note(task);
        }
        return task;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "task(pid=" + task.tgid() + ", tid=" + task.tid() + ", comm=" + task.comm() + ")";
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return CscriptLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return ValueView.displayText(this);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return ValueType.of(this);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return new NameList(ValueView.fieldNames(this));
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return ValueView.hasField(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return ValueView.readField(this, member);
    }
}
