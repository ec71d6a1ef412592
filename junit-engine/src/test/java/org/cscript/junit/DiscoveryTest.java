package org.cscript.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;

class DiscoveryTest {
    @TempDir
    Path root;

    @BeforeEach
    void scenarios() throws IOException {
        Scenarios.write(root, "top.cscript", Scenarios.CREATE);
        Scenarios.write(root, "net/ipv4/deep.cscript", Scenarios.CREATE);
        Scenarios.write(root, "net/shallow.cscript", Scenarios.CREATE);
        Scenarios.write(root, "net/notes.txt", "not a scenario");
    }

    private static List<String> testNames(EngineRun run) {
        return run.plan.getRoots().stream().flatMap(r -> run.plan.getDescendants(r).stream())
                .filter(TestIdentifier::isTest).map(TestIdentifier::getDisplayName).sorted().toList();
    }

    @Test
    void surefiresMarkerClassSelectsEveryScenarioUnderTheRootInAClassSourcedSuite() {
        EngineRun run = EngineRun.of(root, Map.of(), selectClass(CscriptScenariosTest.class.getName()));
        assertEquals(List.of("net/ipv4/deep.cscript", "net/shallow.cscript", "top.cscript"), testNames(run));
        TestIdentifier engine = run.plan.getRoots().iterator().next();
        Set<TestIdentifier> top = run.plan.getChildren(engine);
        assertEquals(1, top.size(), "one container standing for the marker class");
        TestIdentifier suite = top.iterator().next();
        assertEquals(ClassSource.from(CscriptScenariosTest.class.getName()), suite.getSource().orElseThrow());
        assertEquals(List.of("net/", "top.cscript"),
                run.plan.getChildren(suite).stream().map(TestIdentifier::getDisplayName).sorted().toList());
    }

    @Test
    void aClasspathRootSelectsTheWholeRootRightBelowTheEngine() {
        EngineRun run = EngineRun.of(root, Map.of(), selectClasspathRoots(Set.of(root)).getFirst());
        assertEquals(3, testNames(run).size());
        TestIdentifier engine = run.plan.getRoots().iterator().next();
        assertTrue(run.plan.getChildren(engine).stream().noneMatch(c -> c.getSource().isPresent()
                && c.getSource().get() instanceof ClassSource));
    }

    @Test
    void aFolderSelectsTheScenariosBelowIt() {
        EngineRun run = EngineRun.of(root, Map.of(), selectDirectory(root.resolve("net").toFile()));
        assertEquals(List.of("net/ipv4/deep.cscript", "net/shallow.cscript"), testNames(run));
    }

    @Test
    void aFileSelectsThatScenarioAndItsSourceIsTheFile() {
        Path deep = root.resolve("net/ipv4/deep.cscript");
        EngineRun run = EngineRun.of(root, Map.of(), selectFile(deep.toFile()),
                selectFile(root.resolve("net/notes.txt").toFile()));
        assertEquals(List.of("net/ipv4/deep.cscript"), testNames(run));
        TestIdentifier test = run.plan.getRoots().stream().flatMap(r -> run.plan.getDescendants(r).stream())
                .filter(TestIdentifier::isTest).findFirst().orElseThrow();
        assertEquals(FileSource.from(deep.toFile()), test.getSource().orElseThrow());
    }

    @Test
    void aUniqueIdFromAnEarlierRunSelectsThatOneScenarioAgain() {
        for (var selector : List.of(selectClass(CscriptScenariosTest.class.getName()),
                selectDirectory(root.toFile()))) {
            EngineRun first = EngineRun.of(root, Map.of(), selector);
            String id = first.test("net/ipv4/deep.cscript").uniqueId();
            EngineRun again = EngineRun.of(root, Map.of(), selectUniqueId(id));
            assertEquals(List.of("net/ipv4/deep.cscript"), testNames(again));
            assertEquals(id, again.test("net/ipv4/deep.cscript").uniqueId(), "the same test, the same id");
        }
    }

    @Test
    void aFoldersUniqueIdSelectsItsScenarios() {
        EngineRun first = EngineRun.of(root, Map.of(), selectDirectory(root.toFile()));
        String folder = first.events.stream().filter(e -> e.name().equals("net/")).findFirst().orElseThrow().uniqueId();
        assertEquals(List.of("net/ipv4/deep.cscript", "net/shallow.cscript"),
                testNames(EngineRun.of(root, Map.of(), selectUniqueId(folder))));
    }

    @Test
    void otherClassesSelectNothing() {
        assertEquals(List.of(), testNames(EngineRun.of(root, Map.of(), selectClass(DiscoveryTest.class.getName()))));
    }

    @Test
    void aMissingRootIsNoTestsForAnIdeButAFailingTestForSurefire() {
        Path absent = root.resolve("absent");
        assertEquals(List.of(), testNames(EngineRun.of(absent, Map.of(), selectClasspathRoots(Set.of(root)).getFirst())));
        EngineRun run = EngineRun.of(absent, Map.of(), selectClass(CscriptScenariosTest.class.getName()));
        EngineRun.Event test = run.test("no scenario folder " + absent);
        assertEquals("FAILED", test.status());
        assertTrue(test.message().contains(absent + " does not exist"), test.message());
    }
}
