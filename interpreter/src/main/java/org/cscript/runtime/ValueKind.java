package org.cscript.runtime;

import java.math.BigInteger;

/**
 * The kinds of guest values, with the short name builtin signatures use ("int", "cap") and the
 * name error messages show ("integer", "capability"). One classification for both, so a
 * signature check and its error message never disagree.
 */
public enum ValueKind {
    INT("int", "integer"),
    STRING("string", "string"),
    BOOL("bool", "boolean"),
    NIL("nil", "nil"),
    LIST("list", "list"),
    TASK("task", "task"),
    FD("fd", "fd"),
    ERRNO("errno", "errno"),
    CAP("cap", "capability"),
    FUNCTION("function", "function"),
    OTHER("other", "value");

    private final String signatureName;
    private final String displayName;

    ValueKind(String signatureName, String displayName) {
        this.signatureName = signatureName;
        this.displayName = displayName;
    }

    public static ValueKind of(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return INT;
        } else if (value instanceof String || value instanceof CsText) {
            return STRING;
        } else if (value instanceof Boolean) {
            return BOOL;
        } else if (value == Nil.INSTANCE || value == null) {
            return NIL;
        } else if (value instanceof CsList) {
            return LIST;
        } else if (value instanceof TaskHandle) {
            return TASK;
        } else if (value instanceof FdValue) {
            return FD;
        } else if (value instanceof ErrnoValue) {
            return ERRNO;
        } else if (value instanceof CapabilityValue) {
            return CAP;
        } else if (value instanceof CsFunction) {
            return FUNCTION;
        }
        return OTHER;
    }

    /** The kind a signature names ("int"), or null for an unknown name. */
    public static ValueKind bySignatureName(String name) {
        for (ValueKind kind : values()) {
            if (kind.signatureName.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    public String signatureName() {
        return signatureName;
    }

    public String displayName() {
        return displayName;
    }
}
