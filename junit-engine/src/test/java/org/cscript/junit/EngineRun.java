package org.cscript.junit;

import static org.junit.platform.launcher.EngineFilter.includeEngines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the cscript engine alone through a real launcher and records what it reported. */
final class EngineRun implements TestExecutionListener {
    /** One finished or skipped test (or container): its display name, status and message. */
    record Event(String name, String uniqueId, boolean test, String status, String message) {
    }

    final List<Event> events = new ArrayList<>();
    final List<String> entries = new ArrayList<>();
    TestPlan plan;

    static EngineRun of(Path root, Map<String, String> parameters, DiscoverySelector... selectors) {
        Map<String, String> all = new java.util.HashMap<>(parameters);
        all.put(EngineSettings.SCENARIOS, root.toString());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(includeEngines(CscriptTestEngine.ID))
                .configurationParameters(all)
                .build();
        Launcher launcher = LauncherFactory.create();
        EngineRun run = new EngineRun();
        run.plan = launcher.discover(request);
        launcher.execute(run.plan, run);
        return run;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        events.add(new Event(id.getDisplayName(), id.getUniqueId(), id.isTest(), "SKIPPED", reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        events.add(new Event(id.getDisplayName(), id.getUniqueId(), id.isTest(), result.getStatus().name(),
                result.getThrowable().map(Throwable::getMessage).orElse("")));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((k, v) -> entries.add(id.getDisplayName() + " " + k + "=" + v));
    }

    List<Event> tests() {
        return events.stream().filter(Event::test).toList();
    }

    Event test(String name) {
        return tests().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + name + " in " + events));
    }
}
