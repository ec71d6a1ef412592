package org.cscript.explore;

import java.util.List;

/**
 * One step a run took: branch {@code branch} of the concurrently block run {@code block}
 * (counted from 0 in the order the blocks ran; the block's statement is at {@code blockAt},
 * "line:col"), its {@code index}-th statement, what it touched and the audit records it wrote
 * (without their stamps, which every order changes).
 */
public record Step(int block, String blockAt, String branch, int index, Footprint footprint, List<String> records) {
    public Step {
        records = List.copyOf(records);
    }
}
