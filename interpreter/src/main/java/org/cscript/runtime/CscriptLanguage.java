package org.cscript.runtime;


import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage.ContextPolicy;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.cscript.kernel.TraceKeeping;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * The cscript Truffle language (id "cscript"). {@link #parse} compiles a scenario (and the modules
 * it imports) into nodes after the static checks; the kernel profile, the {@code --set} knobs
 * and {@code --check-invariants} come in as language options.
 */
@TruffleLanguage.Registration(id = CscriptLanguage.ID, name = "cscript", defaultMimeType = CscriptLanguage.MIME_TYPE,
        characterMimeTypes = {CscriptLanguage.MIME_TYPE, CscriptLanguage.REPL_MIME_TYPE}, contextPolicy = ContextPolicy.EXCLUSIVE)
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
    StandardTags.CallTag.class})
public final class CscriptLanguage extends TruffleLanguage<CscriptContext> {
    public static final String ID = "cscript";
    public static final String MIME_TYPE = "application/x-cscript";
    /** A REPL input: a main script whose last statement, a bare expression, returns its display text. */
    public static final String REPL_MIME_TYPE = "application/x-cscript-repl";

    /** The parser package's implementation, found once (see {@link ScriptParser} for why not a plain call). */
    private static final ScriptParser PARSER = ServiceLoader.load(ScriptParser.class, CscriptLanguage.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException(
                    "no " + ScriptParser.class.getName() + " service: the build lost META-INF/services (a bug)"));

    @Option(help = "Kernel profile applied before --set knobs: seed (default) or upstream.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Profile = new OptionKey<>("seed");

    @Option(help = "Kernel knobs as key=value lines (newline-separated), applied after the profile.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Settings = new OptionKey<>("");

    @Option(help = "Check the kernel model's invariants (docs/language.md, Configuration and profiles) after every operation;"
            + " a violation is an internal error.",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> CheckInvariants = new OptionKey<>(false);

    /** Values of {@link #TraceKept}. */
    public static final String TRACE_KEPT_BY_HOST = "host";
    public static final String TRACE_KEPT_NOWHERE = "none";
    public static final String TRACE_KEPT_IN_KERNEL = "kernel";

    @Option(help = "Who keeps the trace the context writes to its standard output: host (default; the host collects it"
            + " and wants each line's origin), none (it is streamed to its destination and kept nowhere) or kernel (the"
            + " kernel keeps it too, as the REPL needs).",
            category = OptionCategory.EXPERT, stability = OptionStability.STABLE)
    public static final OptionKey<String> TraceKept = new OptionKey<>(TRACE_KEPT_BY_HOST);

    /** Values of {@link #TraceFormat}. */
    public static final String TRACE_FORMAT_TEXT = "text";
    public static final String TRACE_FORMAT_JSON = "json";

    @Option(help = "How the trace written to the context's standard output reads: text (default; audit.log lines) or json"
            + " (one JSON object per record, with the statement that wrote it; docs/json.md).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> TraceFormat = new OptionKey<>(TRACE_FORMAT_TEXT);

    @Option(help = "The id of the cscript explore search this run reports to (set by cscript explore; empty: a plain run).",
            category = OptionCategory.EXPERT, stability = OptionStability.STABLE)
    public static final OptionKey<String> Explore = new OptionKey<>("");

    @Option(help = "Keep what snapshot() statements see and the state at the script's end for the host (set by cscript draw;"
            + " otherwise snapshot() does nothing).", category = OptionCategory.EXPERT, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Snapshots = new OptionKey<>(false);

    @Option(help = "Note which kinds of audit record each builtin writes and publish them at the end "
            + "(set by cscript test --coverage).", category = OptionCategory.EXPERT, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> RecordKinds = new OptionKey<>(false);

    @Override
    protected CscriptContext createContext(Env env) {
        String kept = env.getOptions().get(TraceKept);
        CscriptContext context = new CscriptContext(env, env.getOptions().get(Profile), decodeSettings(env.getOptions().get(Settings)),
                env.getOptions().get(CheckInvariants),
                kept.equals(TRACE_KEPT_IN_KERNEL) ? TraceKeeping.IN_KERNEL : TraceKeeping.STREAMED,
                !kept.equals(TRACE_KEPT_NOWHERE), env.getOptions().get(TraceFormat).equals(TRACE_FORMAT_JSON));
        if (env.getOptions().get(Snapshots)) {
            context.keepSnapshots();
        }
        if (env.getOptions().get(RecordKinds)) {
            context.noteRecordKinds();
        }
        String explore = env.getOptions().get(Explore);
        if (!explore.isEmpty()) {
            context.exploreFor(org.cscript.explore.Explorations.get(explore));
        }
        return context;
    }

    /** The globals, for a tool (the debugger's Global scope): {@link GlobalScope}. */
    @Override
    protected Object getScope(CscriptContext context) {
        return new GlobalScope(context.globals());
    }

    /** What a tool (the debugger) shows of a value: {@link ValueView}. */
    @Override
    protected Object getLanguageView(CscriptContext context, Object value) {
        return new ValueView(value);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new CscriptLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        CscriptContext context = CscriptContext.get(null);
        return PARSER.parse(this, context, request.getSource());
    }

    /** Encodes settings for the {@code cscript.Settings} option (one key=value per line). */
    public static String encodeSettings(Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        settings.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    static Map<String, String> decodeSettings(String encoded) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : encoded.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                settings.put(line, "");
            } else {
                settings.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return settings;
    }
}
