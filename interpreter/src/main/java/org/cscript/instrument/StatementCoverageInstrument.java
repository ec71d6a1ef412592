package org.cscript.instrument;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.concurrent.atomic.LongAdder;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * Statement coverage of cscript scenario files, on when the engine option {@code cscript-coverage}
 * is true: every statement and function body of a loaded file is noted with the count 0 when it
 * is loaded, and a node of this instrument counts each execution. Files without a path (a REPL
 * line, a string evaluated by a test) are left out. Read through {@link StatementCounts}.
 */
@TruffleInstrument.Registration(id = StatementCoverageInstrument.ID, name = "cscript statement coverage",
        services = StatementCounts.class)
public final class StatementCoverageInstrument extends TruffleInstrument {
    public static final String ID = "cscript-coverage";

    @Option(name = "", help = "Count how often each statement line of the scenario files runs (cscript test --coverage).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<Boolean> ENABLED = new OptionKey<>(false);

    private final StatementCounts counts = new StatementCounts();

    @Override
    protected void onCreate(Env env) {
        env.registerService(counts);
        if (!env.getOptions().get(ENABLED)) {
            return;
        }
        SourceSectionFilter statements = SourceSectionFilter.newBuilder()
                .tagIs(StandardTags.StatementTag.class).includeInternal(false).build();
        SourceSectionFilter functions = SourceSectionFilter.newBuilder()
                .tagIs(StandardTags.RootTag.class).includeInternal(false).build();
        // loading notes every statement with 0, so a line that never runs shows up as one
        env.getInstrumenter().attachLoadSourceSectionListener(statements, event -> {
            String file = pathOf(event.getSourceSection());
            if (file != null) {
                counts.line(file, event.getSourceSection().getStartLine());
            }
        }, true);
        env.getInstrumenter().attachLoadSourceSectionListener(functions, event -> {
            String file = pathOf(event.getSourceSection());
            if (file != null) {
                counts.function(file, functionName(event.getNode().getRootNode()), event.getSourceSection().getStartLine());
            }
        }, true);
        env.getInstrumenter().attachExecutionEventFactory(statements, context -> counter(context, false));
        env.getInstrumenter().attachExecutionEventFactory(functions, context -> counter(context, true));
    }

    private ExecutionEventNode counter(EventContext context, boolean function) {
        SourceSection section = context.getInstrumentedSourceSection();
        String file = pathOf(section);
        if (file == null) {
            return null;
        }
        LongAdder count = function
                ? counts.function(file, functionName(context.getInstrumentedNode().getRootNode()), section.getStartLine())
                : counts.line(file, section.getStartLine());
        return new ExecutionEventNode() {
            @Override
            protected void onEnter(VirtualFrame frame) {
                increment(count);
            }
        };
    }

    @TruffleBoundary
    private static void increment(LongAdder count) {
        count.increment();
    }

    private static String functionName(RootNode root) {
        return root == null ? "<unknown>" : root.getName();
    }

    private static String pathOf(SourceSection section) {
        if (section == null || !section.isAvailable()) {
            return null;
        }
        Source source = section.getSource();
        return source.getPath();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new StatementCoverageInstrumentOptionDescriptors();
    }
}
