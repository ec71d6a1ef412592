package org.cscript.coverage;

import java.util.List;

/**
 * An operation of kernel-model.md §3.0 and the builtins that perform it (errno-operations.tsv);
 * {@code op} is "-" for the builtins that perform no model operation (len, str ...).
 */
public record ModelOperation(String op, String name, List<String> builtins) {
    public ModelOperation {
        builtins = List.copyOf(builtins);
    }
}
