package org.cscript.coverage;

import java.util.List;

/**
 * Which check a failure came from: {@code check} when exactly one of the {@code candidates}
 * recognises it, else null. The candidates are the checks with the failure's errno among the
 * operations its builtin performs; {@code matching} those whose detail pattern recognised it.
 */
public record Identification(ErrnoCheck check, List<ErrnoCheck> candidates, List<ErrnoCheck> matching) {
    public Identification {
        candidates = List.copyOf(candidates);
        matching = List.copyOf(matching);
    }

    /** Why a failure names no check, for a report: no candidate, none recognising it, or several. */
    public String why() {
        if (check != null) {
            return "it is " + check.id();
        }
        if (candidates.isEmpty()) {
            return "no check of its operations has that errno";
        }
        List<String> ids = (matching.isEmpty() ? candidates : matching).stream().map(ErrnoCheck::id).toList();
        return (matching.isEmpty() ? "its detail matches none of " : "its detail matches each of ")
                + String.join(", ", ids);
    }
}
