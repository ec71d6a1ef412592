package org.cscript.host;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cscript.host.sandbox.ConfinedFileSystem;
import org.cscript.host.sandbox.ScenarioFiles;
import org.cscript.runtime.PublishedDiagnostics;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The static checks of {@code cscript check} over a scenario's text as an editor holds it
 * (perhaps unsaved), returning the diagnostics as data instead of printing them: the same
 * front end and checks, the same messages, nothing executed. Imports resolve beside
 * {@code script} through the same sandbox as a run. The checks share one polyglot engine;
 * each check has a fresh context. Close the checker when done.
 */
public final class ScriptChecker implements AutoCloseable {
    private final RunOptions options;
    private final SharedEngine engine = new SharedEngine();

    public ScriptChecker(RunOptions options) {
        this.options = options;
    }

    /** Every diagnostic of {@code text} checked as the scenario {@code script}, in report order; empty when it is clean. */
    public List<ScriptDiagnostic> check(Path script, String text) {
        return DeepStack.call(() -> checkHere(script, text));
    }

    private List<ScriptDiagnostic> checkHere(Path script, String text) {
        String name = script.toString();
        Source source;
        ConfinedFileSystem files;
        try {
            ScenarioSource scenario = ScenarioSource.of(script, ScenarioFiles.unsaved(text), options);
            source = scenario.source();
            files = scenario.files();
        } catch (ScenarioSource.OutsideImportRoot e) {
            return List.of(new ScriptDiagnostic(name, 1, 1, 1,
                    "cannot check " + script + ": it is outside --import-root " + e.root));
        } catch (IOException e) {
            return List.of(new ScriptDiagnostic(name, 1, 1, 1, "cannot check " + script + ": " + e.getMessage()));
        }
        try (Context context = ScenarioRunner.newCheckingContext(options, engine.engine, files)) {
            try {
                context.parse(source);
                return List.of();
            } catch (PolyglotException e) {
                return diagnostics(context, e, name);
            }
        }
    }

    private static List<ScriptDiagnostic> diagnostics(Context context, PolyglotException e, String name) {
        if (e.isSyntaxError()) {
            Value published = context.getPolyglotBindings().getMember(PublishedDiagnostics.BINDING);
            if (published != null && published.isString()) {
                List<ScriptDiagnostic> result = new ArrayList<>();
                for (PublishedDiagnostics.Entry d : PublishedDiagnostics.decode(published.asString())) {
                    result.add(new ScriptDiagnostic(d.file(), d.line(), d.column(), d.length(), d.message()));
                }
                return result;
            }
            // an error of the options rather than of the text ("error: ..."): it has no position
            String message = e.getMessage() == null ? "error" : e.getMessage();
            return List.of(new ScriptDiagnostic(name, 1, 1, 1, message.startsWith("error: ") ? message.substring(7) : message));
        }
        if (e.isResourceExhausted()) {
            return List.of(new ScriptDiagnostic(name, 1, 1, 1, e.getMessage() + " (is the script nested too deeply?)"));
        }
        return List.of(new ScriptDiagnostic(name, 1, 1, 1, "internal error in cscript while checking: "
                + Failures.internalErrorReport(e).lines().findFirst().orElse(String.valueOf(e.getMessage()))));
    }

    @Override
    public void close() {
        engine.close();
    }
}
