package org.cscript.explore;

import java.util.List;

/**
 * The explorer's answer at a decision point: the branch to run next, or none when every
 * enabled branch is asleep (the order so far is equivalent to one explored already, so the run
 * stops here without an outcome).
 */
public record BranchChoice(String branch) {
    static final BranchChoice PRUNED = new BranchChoice(null);

    public boolean pruned() {
        return branch == null;
    }

    /** Index of the chosen branch in {@code names}. */
    public int indexIn(List<String> names) {
        return names.indexOf(branch);
    }
}
