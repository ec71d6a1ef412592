package org.cscript.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cscript.golden.Corpus;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;

/**
 * Turns the selectors a launcher sends into the test tree: a container per folder below the
 * scenario root and a test per scenario, each named by its path relative to the root.
 * <ul>
 * <li>the whole root: Surefire's selection of {@link CscriptScenariosTest}, a classpath root
 * (the console launcher's --scan-classpath), or this engine's own unique id;
 * <li>a {@code .cscript} file, or a folder (every scenario below it);
 * <li>a unique id of a folder or scenario (an IDE re-running one test).
 * </ul>
 * Other selectors (other engines' classes, methods, packages) select nothing here.
 */
final class ScenarioDiscovery {
    private final CscriptEngineDescriptor engine;
    private final Path root;
    private final SortedSet<Path> scripts = new TreeSet<>();
    private final SortedSet<Path> obsolete = new TreeSet<>();
    private boolean throughSurefire;
    private boolean missingRoot;
    /** Where the tree hangs: the engine, or the Surefire suite container. */
    private TestDescriptor top;

    private ScenarioDiscovery(CscriptEngineDescriptor engine) {
        this.engine = engine;
        this.root = engine.settings().root();
        this.top = engine;
    }

    static CscriptEngineDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId) {
        CscriptEngineDescriptor engine = new CscriptEngineDescriptor(engineId,
                EngineSettings.from(request.getConfigurationParameters()));
        ScenarioDiscovery discovery = new ScenarioDiscovery(engine);
        for (DiscoverySelector selector : request.getSelectorsByType(DiscoverySelector.class)) {
            discovery.select(selector);
        }
        discovery.buildTree();
        return engine;
    }

    private void select(DiscoverySelector selector) {
        switch (selector) {
            case ClassSelector c when c.getClassName().equals(CscriptScenariosTest.class.getName()) -> {
                throughSurefire = true;
                missingRoot = !Files.isDirectory(root);
                addFolder(root);
            }
            case ClasspathRootSelector _ -> addFolder(root);
            case DirectorySelector d -> addFolder(d.getPath().toAbsolutePath().normalize());
            case FileSelector f when isScenario(f.getPath()) -> scripts.add(f.getPath().toAbsolutePath().normalize());
            case UniqueIdSelector u -> selectUniqueId(u.getUniqueId());
            default -> {
                // not ours
            }
        }
    }

    /** Only ids below this engine's; the last segment names the folder or file (relative to the root). */
    private void selectUniqueId(UniqueId id) {
        if (!id.hasPrefix(engine.getUniqueId())) {
            return;
        }
        if (id.equals(engine.getUniqueId())) {
            addFolder(root);
            return;
        }
        // Surefire re-running a failed test (rerunFailingTestsCount) selects it below the suite container.
        throughSurefire |= id.getSegments().stream().anyMatch(s -> s.getType().equals(SurefireSuiteDescriptor.SEGMENT));
        if (id.getLastSegment().getType().equals(SurefireSuiteDescriptor.SEGMENT)) {
            addFolder(root);
            return;
        }
        UniqueId.Segment last = id.getLastSegment();
        Path path = root.resolve(last.getValue()).normalize();
        switch (last.getType()) {
            case FolderDescriptor.SEGMENT -> addFolder(path);
            case ScenarioDescriptor.SEGMENT -> {
                if (isScenario(path)) {
                    scripts.add(path);
                }
            }
            case ObsoleteGoldenDescriptor.SEGMENT -> {
                if (Files.isRegularFile(path)) {
                    obsolete.add(path);
                }
            }
            default -> {
                // an id this engine never made
            }
        }
    }

    private void addFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;   // no scenarios yet: no tests, not an error
        }
        try {
            Corpus corpus = Corpus.of(List.of(folder));
            scripts.addAll(corpus.scripts().stream().map(p -> p.toAbsolutePath().normalize()).toList());
            obsolete.addAll(corpus.obsolete().stream().map(p -> p.toAbsolutePath().normalize()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenarios in " + folder, e);
        }
    }

    private static boolean isScenario(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".cscript")
                && Files.isRegularFile(path);
    }

    private void buildTree() {
        if (throughSurefire) {
            top = new SurefireSuiteDescriptor(engine.getUniqueId());
            engine.addChild(top);
        }
        if (missingRoot) {
            top.addChild(new MissingRootDescriptor(top.getUniqueId(), root));
        }
        for (Path script : scripts) {
            String name = nameOf(script);
            TestDescriptor parent = parentOf(script);
            parent.addChild(new ScenarioDescriptor(idBelow(parent, ScenarioDescriptor.SEGMENT, name), name, script));
        }
        for (Path golden : obsolete) {
            if (engine.settings().ci()) {
                String name = nameOf(golden);
                TestDescriptor parent = parentOf(golden);
                parent.addChild(new ObsoleteGoldenDescriptor(idBelow(parent, ObsoleteGoldenDescriptor.SEGMENT, name),
                        name + " (obsolete golden)", golden));
            } else {
                engine.obsoleteToReport().add(golden);
            }
        }
    }

    /** The path relative to the root with / separators, or the absolute path of a file outside it. */
    private String nameOf(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    /** The folder container a file below the root goes in (made on first use), else the top. */
    private TestDescriptor parentOf(Path file) {
        if (!file.startsWith(root) || file.getParent().equals(root)) {
            return top;
        }
        TestDescriptor parent = top;
        Path relative = root.relativize(file.getParent());
        for (int i = 1; i <= relative.getNameCount(); i++) {
            String name = relative.subpath(0, i).toString().replace('\\', '/');
            UniqueId id = idBelow(parent, FolderDescriptor.SEGMENT, name);
            Optional<? extends TestDescriptor> existing = parent.getChildren().stream()
                    .filter(child -> child.getUniqueId().equals(id)).findFirst();
            if (existing.isPresent()) {
                parent = existing.get();
            } else {
                TestDescriptor folder = new FolderDescriptor(id, name + "/", root.resolve(name));
                parent.addChild(folder);
                parent = folder;
            }
        }
        return parent;
    }

    private static UniqueId idBelow(TestDescriptor parent, String type, String value) {
        return parent.getUniqueId().append(type, value);
    }
}
