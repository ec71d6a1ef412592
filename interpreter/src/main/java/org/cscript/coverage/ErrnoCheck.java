package org.cscript.coverage;

import java.util.regex.Pattern;
import org.cscript.abi.Errno;

/**
 * One errno check of kernel-model.md §3.0: the {@code position}-th errno in the check list of
 * operation {@code op}, "OP-46 check 3".
 *
 * @param operation the model call (errno-operations.tsv names its builtins)
 * @param description what is refused, in this project's words
 * @param detail the pattern that recognises the check in a failure's detail text; null matches any
 */
public record ErrnoCheck(String op, String operation, int position, Errno errno, String description,
        Pattern detail) {

    /** "OP-46 check 3". */
    public String id() {
        return op + " check " + position;
    }

    /** Whether a failure with this detail text (null counts as empty) may be this check. */
    public boolean recognises(String failureDetail) {
        return detail == null || detail.matcher(failureDetail == null ? "" : failureDetail).find();
    }
}
