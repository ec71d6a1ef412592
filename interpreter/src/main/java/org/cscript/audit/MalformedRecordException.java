package org.cscript.audit;

/**
 * A trace line that is not a well-formed §4.1 audit record. The message names what is wrong and
 * quotes the line; {@link AuditChecker} reports it as a failed check rather than a crash.
 */
public final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String message) {
        super(message);
    }
}
