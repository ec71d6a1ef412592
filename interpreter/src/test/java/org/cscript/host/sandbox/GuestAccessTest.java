package org.cscript.host.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the language itself could reach if a builtin tried (none does: see
 * GuestCodeReachesNoHostTest): from inside a context built the way every scenario's is, each
 * host facility is refused. One test per facility.
 */
class GuestAccessTest {
    @TempDir
    Path dir;

    /** One facility and the attempt to use it; the attempt throws when it fails an assertion. */
    record Attempt(String name, Use use) {
    }

    @FunctionalInterface
    interface Use {
        void on(TruffleLanguage.Env env, Path root) throws Exception;
    }

    static List<Attempt> attempts() {
        return List.of(
                new Attempt("host class lookup", (env, root) -> {
                    // lookup as such is on (isHostLookupAllowed), the class filter refuses every name
                    for (String name : List.of("java.lang.Runtime", "java.lang.System", "java.lang.ProcessBuilder")) {
                        assertThrows(RuntimeException.class, () -> env.lookupHostSymbol(name), name);
                    }
                }),
                new Attempt("process creation", (env, root) -> {
                    assertFalse(env.isCreateProcessAllowed());
                    assertThrows(SecurityException.class, () -> env.newProcessBuilder("sh", "-c", "true").start());
                }),
                new Attempt("thread creation", (env, root) -> {
                    assertFalse(env.isCreateThreadAllowed());
                    assertThrows(IllegalStateException.class, () -> env.newTruffleThreadBuilder(() -> { }).build());
                }),
                new Attempt("environment variables", (env, root) -> assertEquals(0, env.getEnvironment().size())),
                new Attempt("native access", (env, root) -> assertFalse(env.isNativeAccessAllowed())),
                new Attempt("sockets", (env, root) -> assertFalse(env.isSocketIOAllowed())),
                new Attempt("polyglot eval of another language", (env, root) -> assertFalse(env.isPolyglotEvalAllowed())),
                new Attempt("standard input", (env, root) -> assertEquals(-1, env.in().read())),
                new Attempt("reading /etc/passwd", (env, root) -> denied("outside the scenario's folder",
                        () -> env.getPublicTruffleFile("/etc/passwd").readAllBytes())),
                new Attempt("reading /etc/passwd as an internal file", (env, root) -> denied("outside",
                        () -> env.getInternalTruffleFile("/etc/passwd").readAllBytes())),
                new Attempt("checking that a file outside exists", (env, root) -> denied("outside",
                        () -> env.getPublicTruffleFile("/etc/shadow").exists())),
                new Attempt("writing a file in the folder", (env, root) -> denied("a script cannot write files",
                        () -> file(env, root, "new.txt").newOutputStream().close())),
                new Attempt("appending to a scenario", (env, root) -> denied("a script cannot write files",
                        () -> file(env, root, "main.cscript").newBufferedWriter(java.nio.file.StandardOpenOption.APPEND)
                                .close())),
                new Attempt("creating a folder", (env, root) -> denied("a script cannot write files",
                        () -> file(env, root, "made").createDirectory())),
                new Attempt("deleting a scenario", (env, root) -> denied("a script cannot write files",
                        () -> file(env, root, "main.cscript").delete())),
                new Attempt("creating a symbolic link", (env, root) -> denied("a script cannot write files",
                        () -> file(env, root, "l").createSymbolicLink(env.getPublicTruffleFile("/etc")))),
                new Attempt("listing the folder", (env, root) -> denied("a script cannot list folders",
                        () -> file(env, root, ".").list())),
                new Attempt("a temporary file", (env, root) -> assertThrows(RuntimeException.class,
                        () -> env.createTempFile(null, "x", ".tmp"))));
    }

    @TestFactory
    Stream<DynamicTest> everyHostFacilityIsRefused() throws Exception {
        Path root = dir.toRealPath();
        Files.writeString(root.resolve("main.cscript"), "print 1\n");
        ImportRoot scenario = ImportRoot.ofScenario(root.resolve("main.cscript"));
        return attempts().stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            try (Context context = GuestContexts.builder(CscriptLanguage.ID, new ConfinedFileSystem(scenario))
                    .out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream())
                    .option("engine.WarnInterpreterOnly", "false").build()) {
                context.initialize(CscriptLanguage.ID);
                context.enter();
                try {
                    a.use().on(CscriptContext.get(null).env(), root);
                } finally {
                    context.leave();
                }
            }
            assertTrue(Files.readString(root.resolve("main.cscript")).equals("print 1\n"), "the scenario was changed");
        }));
    }

    private static TruffleFile file(TruffleLanguage.Env env, Path root, String name) {
        return env.getPublicTruffleFile(root.resolve(name).toString());
    }

    /** The attempt throws the sandbox's SecurityException, whose message says why. */
    private static void denied(String reason, org.junit.jupiter.api.function.Executable attempt) {
        SecurityException e = assertThrows(SecurityException.class, attempt);
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
