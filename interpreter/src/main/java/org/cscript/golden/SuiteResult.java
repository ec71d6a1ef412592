package org.cscript.golden;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a golden suite, in run order, and what happened to its obsolete goldens.
 */
public record SuiteResult(List<ScenarioOutcome> outcomes, List<Obsolete> obsolete) {

    /**
     * A golden whose scenario is gone.
     *
     * @param removed whether {@code --update} removed it
     * @param failed  whether it fails the run (under CI, or when it could not be removed)
     */
    public record Obsolete(Path golden, boolean removed, boolean failed, String detail) {
    }

    public SuiteResult {
        outcomes = List.copyOf(outcomes);
        obsolete = List.copyOf(obsolete);
    }

    public long count(Verdict v) {
        return outcomes.stream().filter(o -> o.verdict() == v).count();
    }

    /** PASS and XFAIL: what went as expected. */
    public long passed() {
        return count(Verdict.PASS) + count(Verdict.XFAIL);
    }

    /** FAIL, XPASS and TIMEOUT, and obsolete goldens that fail the run. */
    public long failed() {
        return outcomes.stream().filter(o -> o.verdict().failed()).count() + obsolete.stream().filter(Obsolete::failed).count();
    }

    public long skipped() {
        return count(Verdict.SKIP);
    }

    public boolean internalError() {
        return outcomes.stream().anyMatch(ScenarioOutcome::internal);
    }

    /** "12 passed, 1 failed" and ", 2 skipped" when some were. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed" + (skipped() > 0 ? ", " + skipped() + " skipped" : "");
    }
}
