package org.cscript.host;

import java.util.function.Supplier;

/**
 * The JVM's {@code polyglot.*} system properties (set with -D or JAVA_TOOL_OPTIONS) are options
 * of every engine and context cscript builds: one the engine does not know makes the build fail
 * with an IllegalArgumentException. That is the user's environment, not a bug in cscript: it is
 * reported as an invalid option (one line, exit 2) naming the property.
 */
final class PolyglotSystemProperties {
    private PolyglotSystemProperties() {
    }

    /** Builds an engine or context; a refused {@code polyglot.*} property becomes an {@link InvalidOptionsException}. */
    static <T> T building(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            String given = given();
            if (given.isEmpty()) {
                throw e;   // none is set: the refused option is cscript's own, a bug
            }
            throw new InvalidOptionsException(e.getMessage() + " (the JVM's system properties set " + given
                    + "; remove it from -D or JAVA_TOOL_OPTIONS)");
        }
    }

    /** The polyglot.* properties set, "polyglot.a=x, polyglot.b=y", sorted; "" when none. */
    private static String given() {
        return System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("polyglot."))
                .filter(k -> !k.equals("polyglot.engine.WarnInterpreterOnly"))   // the launcher's own
                .sorted().map(k -> k + "=" + System.getProperty(k)).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
