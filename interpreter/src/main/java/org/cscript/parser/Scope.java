package org.cscript.parser;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cscript.runtime.Nil;

/**
 * Names visible while compiling one frame (a function body or a file's top level): a stack of
 * lexical blocks mapping local names to frame slots, plus the loop depth for break/continue.
 */
final class Scope {
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder().defaultValue(Nil.INSTANCE);
    private final Deque<Map<String, Integer>> blocks = new ArrayDeque<>();
    private final boolean function;
    private int loopDepth;
    private int branchDepth;

    Scope(boolean function) {
        this.function = function;
        blocks.push(new LinkedHashMap<>());
    }

    boolean isFunction() {
        return function;
    }

    /** The outermost block of a file: its {@code let}s are globals. */
    boolean isFileTopLevel() {
        return !function && blocks.size() == 1;
    }

    void enterBlock() {
        blocks.push(new LinkedHashMap<>());
    }

    /** The names the innermost block declares, with their slots (what the debugger shows of it). */
    Map<String, Integer> innermostLocals() {
        return blocks.peek();
    }

    void exitBlock() {
        blocks.pop();
    }

    /** Declares a local in the innermost block; returns -1 if that block already has the name. */
    int declare(String name) {
        Map<String, Integer> innermost = blocks.peek();
        if (innermost.containsKey(name)) {
            return -1;
        }
        int slot = frame.addSlot(FrameSlotKind.Illegal, name, null);
        innermost.put(name, slot);
        return slot;
    }

    /** A slot no name refers to (loop counters and bounds). */
    int hiddenSlot() {
        return frame.addSlot(FrameSlotKind.Illegal, null, null);
    }

    /** The slot of the innermost local with this name, or -1. */
    int lookup(String name) {
        for (Map<String, Integer> block : blocks) {
            Integer slot = block.get(name);
            if (slot != null) {
                return slot;
            }
        }
        return -1;
    }

    /** Every local name visible here, innermost block first (for "did you mean"). */
    List<String> visibleNames() {
        List<String> names = new ArrayList<>();
        for (Map<String, Integer> block : blocks) {
            names.addAll(block.keySet());
        }
        return names;
    }

    /** Entering a concurrently branch: no loop around it can be left from inside (break, continue), nor the function (return). */
    int enterBranch() {
        int saved = loopDepth;
        loopDepth = 0;
        branchDepth++;
        return saved;
    }

    void exitBranch(int savedLoopDepth) {
        loopDepth = savedLoopDepth;
        branchDepth--;
    }

    boolean inBranch() {
        return branchDepth > 0;
    }

    void enterLoop() {
        loopDepth++;
    }

    void exitLoop() {
        loopDepth--;
    }

    boolean inLoop() {
        return loopDepth > 0;
    }

    FrameDescriptor build() {
        return frame.build();
    }
}
