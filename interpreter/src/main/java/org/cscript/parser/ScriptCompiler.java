package org.cscript.parser;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cscript.language.Diagnostic;
import org.cscript.nodes.ScriptRootNode;
import org.cscript.runtime.CsSyntaxError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.ModuleUnit;
import org.cscript.runtime.PublishedDiagnostics;

/**
 * Compiles a script and, recursively, the modules it imports. All syntax and static-check
 * diagnostics of all files are collected; if there is any, compilation ends with a
 * {@link CsSyntaxError} listing every one of them.
 */
public final class ScriptCompiler {
    private final CscriptLanguage language;
    private final CscriptContext context;
    private boolean readsTrace;
    private boolean assertsAudit;
    private final List<String> diagnostics = new ArrayList<>();
    /** The same diagnostics as data, published for the host when compilation fails. */
    private final List<PublishedDiagnostics.Entry> located = new ArrayList<>();
    /** The modules being compiled, outermost first, by key (the main file's too): a cycle is a key met again. */
    private final Set<String> importing = new LinkedHashSet<>();
    /** How messages name each key: as the user wrote it, relative to the main file. */
    private final Map<String, String> shownAs = new HashMap<>();

    public ScriptCompiler(CscriptLanguage language, CscriptContext context) {
        this.language = language;
        this.context = context;
    }

    /** Compiles the main script; throws CsSyntaxError with every diagnostic if there are any. */
    public ScriptRootNode compileMain(Source source) {
        if (context.optionError() != null) {
            throw new CsSyntaxError("error: " + context.optionError());
        }
        mainKey(source);
        ScriptRootNode root = new FileBuilder(this, source, true).build();
        if (!diagnostics.isEmpty()) {
            if (context.env().isPolyglotBindingsAccessAllowed()) {
                context.env().exportSymbol(PublishedDiagnostics.BINDING, PublishedDiagnostics.encode(located));
            }
            throw new CsSyntaxError(String.join("\n", diagnostics));
        }
        root.traceNeeds(readsTrace, assertsAudit);
        return root;
    }

    /** The program (the main file or a module it imports) calls {@code trace()}: the kernel must keep its trace. */
    void noteReadsTrace() {
        readsTrace = true;
    }

    /** The program has an {@code assert_audit}-family statement: the run must hold records for it. */
    void noteAssertsAudit() {
        assertsAudit = true;
    }

    /** The main file counts as being imported, so importing it again is a cycle, not a second copy. */
    private void mainKey(Source source) {
        if (source.getPath() == null) {
            return;   // REPL input
        }
        try {
            String key = context.env().getPublicTruffleFile(source.getPath()).getCanonicalFile().getPath();
            importing.add(key);
            shownAs.put(key, source.getName());
        } catch (IOException | SecurityException | IllegalArgumentException | UnsupportedOperationException e) {
            // not readable through the sandbox (a test's in-memory source): it cannot be imported either
        }
    }

    CscriptLanguage language() {
        return language;
    }

    CscriptContext context() {
        return context;
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic.format());
        located.add(new PublishedDiagnostics.Entry(diagnostic.file().name(), diagnostic.line(), diagnostic.column(),
                diagnostic.length(), diagnostic.message()));
    }

    /**
     * The module for {@code import "path"} written in {@code importer}: "std/NAME" is the
     * classpath resource std/NAME.cscript (the stdlib module), anything else a file relative to
     * the importing file, read through the context's file system (the host confines it to the
     * scenario's folder: docs/sandbox.md). Returns null after reporting the problem through
     * {@code problem} as {@code import "PATH": REASON}.
     */
    ModuleUnit importModule(String path, Source importer, java.util.function.Consumer<String> problem) {
        java.util.function.Consumer<String> refuse = reason -> problem.accept("import " + ImportPaths.quoted(path) + ": " + reason);
        String lexical = ImportPaths.problem(path);
        if (lexical != null) {
            refuse.accept(lexical);
            return null;
        }
        String withExtension = path.endsWith(".cscript") ? path : path + ".cscript";
        boolean standard = ImportPaths.isStandard(path);
        String shown = standard ? withExtension : displayName(importer, withExtension);
        String key;
        Source source;
        try {
            TruffleFile file = null;
            if (standard) {
                key = "std/" + ImportPaths.standardName(path) + ".cscript";
            } else {
                // keyed by the real path: two spellings of one file (or a folder link back up) are one module
                file = resolveRelative(importer, withExtension).getCanonicalFile();
                key = file.getPath();
            }
            ModuleUnit cached = context.modules().get(key);
            if (cached != null) {
                return cached;
            }
            if (standard) {
                source = loadResource(key);
                if (source == null) {
                    refuse.accept("no standard module '" + ImportPaths.standardName(path) + "'");
                    return null;
                }
            } else {
                source = Source.newBuilder(CscriptLanguage.ID, file).name(shown).build();
            }
        } catch (NoSuchFileException e) {
            refuse.accept("no such file " + shown + otherExtensionHint(path));
            return null;
        } catch (IOException | SecurityException | IllegalArgumentException | UnsupportedOperationException e) {
            refuse.accept(reason(e));
            return null;
        }
        if (!importing.add(key)) {
            refuse.accept("an import cycle: " + String.join(" -> ", shownNames(importing)) + " -> " + shown);
            return null;
        }
        shownAs.put(key, shown);
        try {
            FileBuilder builder = new FileBuilder(this, source, false);
            ScriptRootNode root = builder.build();
            ModuleUnit unit = new ModuleUnit(key, root.getCallTarget(), builder.exportedFunctions(), builder.exportedGlobals());
            context.modules().put(key, unit);
            return unit;
        } finally {
            importing.remove(key);
        }
    }

    /** The refusal's reason: the sandbox's own message, or the OS's reason without its path. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return "cannot be read: " + fs.getReason();
        }
        return e.getMessage() == null ? "cannot be read" : e.getMessage();
    }

    /** "; an import names a .cscript file" for import "notes.txt" (looked up as notes.txt.cscript). */
    private static String otherExtensionHint(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.indexOf('.') > 0 && !name.endsWith(".cscript") ? " (an import names a .cscript file)" : "";
    }

    private List<String> shownNames(Set<String> keys) {
        List<String> names = new ArrayList<>();
        keys.forEach(k -> names.add(shownAs.getOrDefault(k, k)));
        return names;
    }

    private static Source loadResource(String resource) throws IOException {
        try (InputStream in = ScriptCompiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(CscriptLanguage.ID, text, resource).build();
        }
    }

    /** Not normalized here: a ".." after a folder link climbs from the link's target, which the file system resolves. */
    private TruffleFile resolveRelative(Source importer, String relative) {
        TruffleFile directory = importer.getPath() == null ? null : context.env().getPublicTruffleFile(importer.getPath()).getParent();
        return directory == null ? context.env().getPublicTruffleFile(relative) : directory.resolve(relative);
    }

    /** Diagnostics name an imported file relative to the importer's name, as the user wrote it. */
    private static String displayName(Source importer, String relative) {
        java.nio.file.Path parent = java.nio.file.Path.of(importer.getName()).getParent();
        return parent == null ? relative : parent.resolve(relative).normalize().toString();
    }
}
