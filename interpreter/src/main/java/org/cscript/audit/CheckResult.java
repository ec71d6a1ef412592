package org.cscript.audit;

/**
 * The outcome of one trace assertion. On failure the message is multi-line and says what was
 * expected, where the search started and the nearest candidate record; on success it names the
 * matched record.
 */
public record CheckResult(boolean ok, String message) {

    static CheckResult pass(String message) {
        return new CheckResult(true, message);
    }

    static CheckResult fail(String message) {
        return new CheckResult(false, message);
    }
}
