package org.cscript.suitecoverage;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cscript.kernel.Kernel;
import org.cscript.lcov.JacocoLines;
import org.cscript.lcov.LcovReport;

/**
 * The kernel model's Java line coverage, from the JaCoCo agent when the JVM runs with it
 * ({@code ./cscript test --coverage} starts it so: {@code -javaagent:...jacocoagent.jar}; a JVM
 * cannot attach it later). Its execution data is taken from the agent in this JVM (its runtime
 * API, found by name: the agent jar is on the system class path only when the agent runs), then
 * analysed against the classes of {@link #PACKAGES} as they were loaded.
 */
public final class KernelJavaCoverage {
    /** The kernel model's packages: the operations and state, and the audit records they write. */
    public static final List<String> PACKAGES = List.of("org/cscript/kernel/", "org/cscript/audit/");

    private KernelJavaCoverage() {
    }

    /** The agent's execution data so far, or null when no JaCoCo agent runs in this JVM. */
    static byte[] agentData() {
        try {
            Class<?> rt = Class.forName("org.jacoco.agent.rt.RT", true, ClassLoader.getSystemClassLoader());
            Object agent = rt.getMethod("getAgent").invoke(null);
            Class<?> api = Class.forName("org.jacoco.agent.rt.IAgent", true, ClassLoader.getSystemClassLoader());
            return (byte[]) api.getMethod("getExecutionData", boolean.class).invoke(agent, false);
        } catch (ClassNotFoundException e) {
            return null;
        } catch (InvocationTargetException e) {
            return null;   // RT.getAgent: the agent's classes are there but it was not started
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JaCoCo agent's runtime API changed: " + e, e);
        }
    }

    /**
     * The LCOV report of {@code executionData} over the kernel model's sources; {@code SF:} paths
     * are the source files under this build's {@code src/main/java} (relative to {@code relativeTo}
     * when inside it), or package paths when the sources are not beside the classes.
     */
    public static LcovReport report(byte[] executionData, Path relativeTo) throws IOException {
        Path classes = classLocation();
        Path sources = classes.getParent() == null || classes.getParent().getParent() == null ? null
                : classes.getParent().getParent().resolve("src/main/java");
        UnaryOperator<String> path = sources != null && Files.isDirectory(sources)
                ? p -> CoverageFiles.shown(sources.resolve(p), relativeTo) : p -> p;
        return JacocoLines.report(executionData, classes, PACKAGES, path);
    }

    /** The jar or folder the kernel's classes come from (target/cscript.jar, target/classes). */
    static Path classLocation() {
        try {
            return Path.of(Kernel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the kernel's classes have no file location", e);
        }
    }
}
