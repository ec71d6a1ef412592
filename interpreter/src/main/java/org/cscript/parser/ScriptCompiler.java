package org.cscript.parser;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cscript.nodes.ScriptRootNode;
import org.cscript.runtime.CsSyntaxError;
import org.cscript.runtime.CscriptContext;
import org.cscript.runtime.CscriptLanguage;
import org.cscript.runtime.ModuleUnit;

/**
 * Compiles a script and, recursively, the modules it imports. All syntax and static-check
 * diagnostics of all files are collected; if there is any, compilation ends with a
 * {@link CsSyntaxError} listing every one of them.
 */
public final class ScriptCompiler {
    private final CscriptLanguage language;
    private final CscriptContext context;
    private final List<String> diagnostics = new ArrayList<>();
    private final Set<String> importing = new LinkedHashSet<>();

    public ScriptCompiler(CscriptLanguage language, CscriptContext context) {
        this.language = language;
        this.context = context;
    }

    /** Compiles the main script; throws CsSyntaxError with every diagnostic if there are any. */
    public ScriptRootNode compileMain(Source source) {
        if (context.optionError() != null) {
            throw new CsSyntaxError("error: " + context.optionError());
        }
        ScriptRootNode root = new FileBuilder(this, source, true).build();
        if (!diagnostics.isEmpty()) {
            throw new CsSyntaxError(String.join("\n", diagnostics));
        }
        return root;
    }

    CscriptLanguage language() {
        return language;
    }

    CscriptContext context() {
        return context;
    }

    void report(String formattedDiagnostic) {
        diagnostics.add(formattedDiagnostic);
    }

    /**
     * The module for {@code import "path"} written in {@code importer}: "std/NAME" is the
     * classpath resource std/NAME.cscript (the stdlib module), anything else a file relative to
     * the importing file. Returns null after reporting the problem through {@code problem}.
     */
    ModuleUnit importModule(String path, Source importer, java.util.function.Consumer<String> problem) {
        String withExtension = path.endsWith(".cscript") ? path : path + ".cscript";
        boolean standard = path.startsWith("std/");
        String key;
        Source source;
        try {
            // The cache is keyed by resource name or resolved path: look there before any I/O.
            TruffleFile file = standard ? null : resolveRelative(importer, withExtension);
            key = standard ? withExtension : file.getPath();
            ModuleUnit cached = context.modules().get(key);
            if (cached != null) {
                return cached;
            }
            if (standard) {
                source = loadResource(withExtension);
                if (source == null) {
                    problem.accept("no standard module '" + path + "' (looked for resource " + withExtension + ")");
                    return null;
                }
            } else {
                if (!file.exists()) {
                    problem.accept("cannot import '" + path + "': " + file.getPath() + " does not exist");
                    return null;
                }
                source = Source.newBuilder(CscriptLanguage.ID, file).name(displayName(importer, withExtension)).build();
            }
        } catch (IOException | SecurityException e) {
            problem.accept("cannot import '" + path + "': " + e.getMessage());
            return null;
        }
        if (!importing.add(key)) {
            problem.accept("import cycle: " + String.join(" -> ", importing) + " -> " + key);
            return null;
        }
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

    private static Source loadResource(String resource) throws IOException {
        try (InputStream in = ScriptCompiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(CscriptLanguage.ID, text, resource).build();
        }
    }

    private TruffleFile resolveRelative(Source importer, String relative) {
        String importerPath = importer.getPath() != null ? importer.getPath() : importer.getName();
        TruffleFile importerFile = context.env().getPublicTruffleFile(importerPath);
        TruffleFile directory = importerFile.getParent();
        TruffleFile target = directory == null ? context.env().getPublicTruffleFile(relative) : directory.resolve(relative);
        return target.normalize();
    }

    /** Diagnostics name an imported file relative to the importer's name, as the user wrote it. */
    private static String displayName(Source importer, String relative) {
        java.nio.file.Path parent = java.nio.file.Path.of(importer.getName()).getParent();
        return parent == null ? relative : parent.resolve(relative).normalize().toString();
    }
}
