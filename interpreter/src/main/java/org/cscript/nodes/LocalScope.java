package org.cscript.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.NameList;
import org.cscript.runtime.Nil;
import org.cscript.runtime.ValueView;

/**
 * The locals a tool (the debugger) sees at a node: the names the blocks and loops around it
 * declare, the innermost first (a shadowed name shows its innermost variable), with their values
 * in the frame; a local whose {@code let} has not run yet shows nil. It is the function's scope
 * (it has no parent): the globals are the language's top scope ({@code GlobalScope}), which the
 * debugger shows beside it.
 */
@ExportLibrary(InteropLibrary.class)
final class LocalScope implements TruffleObject {
    /** The names and frame slots one block declares, in declaration order. */
    record Declared(String[] names, int[] slots) {
        static Declared of(Map<String, Integer> locals) {
            String[] names = locals.keySet().toArray(new String[0]);
            int[] slots = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                slots[i] = locals.get(names[i]);
            }
            return new Declared(names, slots);
        }
    }

    private final String name;
    /** Name to slot, innermost declaration first. */
    private final Map<String, Integer> slots;
    private final Frame frame;
    /** The function's (or file's) source: a scope located where its root is is a function's scope for the debugger. */
    private final SourceSection section;

    private LocalScope(String name, Map<String, Integer> slots, Frame frame, SourceSection section) {
        this.name = name;
        this.slots = slots;
        this.frame = frame;
        this.section = section;
    }

    @TruffleBoundary
    static LocalScope at(Node node, MaterializedFrame frame) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CsStatementNode statement && statement.declaredLocals() != null) {
                Declared declared = statement.declaredLocals();
                for (int i = 0; i < declared.names().length; i++) {
                    slots.putIfAbsent(declared.names()[i], declared.slots()[i]);
                }
            }
        }
        RootNode root = node.getRootNode();
        String name = root == null ? "<script>" : root.getName();
        return new LocalScope(name, slots, frame, root == null ? null : root.getSourceSection());
    }

    @ExportMessage
    boolean isScope() {
        return true;
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
        return name;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new NameList(slots.keySet().toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return slots.containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Integer slot = slots.get(member);
        if (slot == null) {
            throw UnknownIdentifierException.create(member);
        }
        if (frame == null) {
            return Nil.INSTANCE;   // a tool asking for the names only
        }
        Object value = frame.getValue(slot);
        return value == null ? Nil.INSTANCE : ValueView.interop(value);
    }
}
