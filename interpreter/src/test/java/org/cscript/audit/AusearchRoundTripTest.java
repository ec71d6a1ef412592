package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden traces must be real audit logs: the Linux audit userspace reads each one back
 * unchanged ({@code ausearch -if FILE --raw}, byte for byte; toolchain.md "Linux audit
 * userspace"). Without ausearch on PATH the tests are skipped, never passed.
 */
class AusearchRoundTripTest {

    @TempDir
    Path temp;

    /** Every {@code *.trace} under the repository's examples/ directory. */
    @TestFactory
    Stream<DynamicTest> everyExampleTraceRoundTrips() throws IOException {
        return AuditTools.goldenTraces().stream().map(trace -> dynamicTest(AuditTools.displayName(trace),
                trace.toUri(), () -> assertRoundTrip(trace, AuditTools.displayName(trace))));
    }

    /** The complete example traces of kernel-model.md §4.7 and the encoding corner cases. */
    @TestFactory
    Stream<DynamicTest> fixtureTracesRoundTrip() {
        return TraceFixtures.NAMES.stream().map(name -> dynamicTest(name, TraceFixtures.uri(name), () -> {
            Path copy = temp.resolve(name);
            Files.write(copy, TraceFixtures.bytes(name));
            assertRoundTrip(copy, name);
        }));
    }

    private static void assertRoundTrip(Path trace, String displayName) throws IOException, InterruptedException {
        AuditTools.Run run = AuditTools.run("ausearch", trace, displayName, "-if", "FILE", "--raw");
        String diff = FirstDifference.of(Files.readAllBytes(trace), displayName, run.stdout(), run.command());
        if (diff != null) {
            // ausearch exits 1 with "<no matches>" for a file it cannot read any event from.
            fail(run.command() + " does not reproduce the trace byte for byte (exit status " + run.exitStatus()
                    + (run.stderr().isEmpty() ? "" : ", stderr: " + run.stderr()) + "):\n" + diff);
        }
    }
}
