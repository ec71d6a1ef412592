package org.cscript.host;

import java.util.List;
import org.cscript.kernel.TakenSnapshot;

/**
 * A run that kept its snapshots ({@link ScenarioRunner#runWithSnapshots}): the result as a plain
 * run gives it, and the states the script's {@code snapshot()} calls took, in order, the end state
 * (labelled "end") last; empty when the script did not run.
 */
public record SnapshotRun(ScenarioResult result, List<TakenSnapshot> snapshots) {
    public SnapshotRun {
        snapshots = List.copyOf(snapshots);
    }
}
