package org.cscript.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cscript.runtime.CscriptLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * The debugger (the Truffle {@link Debugger} API that Chrome DevTools and DAP clients drive):
 * a breakpoint on a line stops there, stepping over goes to the next statement, locals and
 * globals are visible by name, and a task shows its pid, comm and contid.
 */
class DebuggerTest {
    private static final String SCENARIO = """
            fn start() {
              let t = fork()
              set_contid(t, 42)
              return t
            }
            let init = start()
            print(init.pid)
            """;

    /** Runs the scenario with a breakpoint on {@code line}, handing each suspension to {@code onStop} in turn. */
    private static List<Integer> debug(int line, List<Consumer<SuspendedEvent>> onStop) {
        List<Integer> stoppedAt = new ArrayList<>();
        Source source = Source.newBuilder(CscriptLanguage.ID, SCENARIO, "debugged.cscript").buildLiteral();
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
                Context context = Context.newBuilder(CscriptLanguage.ID).engine(engine)
                        .out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
            Debugger debugger = engine.getInstruments().get("debugger").lookup(Debugger.class);
            try (DebuggerSession session = debugger.startSession(event -> {
                stoppedAt.add(event.getSourceSection().getStartLine());
                int n = stoppedAt.size() - 1;
                if (n < onStop.size()) {
                    onStop.get(n).accept(event);
                } else {
                    event.prepareContinue();
                }
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(line).build());
                context.eval(source);
            }
        }
        return stoppedAt;
    }

    @Test
    void stopsAtABreakpointStepsOverAndShowsATasksFields() {
        List<String> seen = new ArrayList<>();
        List<Integer> lines = debug(3, List.of(
                event -> {
                    DebugScope scope = event.getTopStackFrame().getScope();
                    assertEquals("start", event.getTopStackFrame().getName());
                    DebugValue t = scope.getDeclaredValue("t");
                    assertNotNull(t, "the local t is visible");
                    seen.add(t.toDisplayString());
                    seen.add(t.getProperty("pid").toDisplayString());
                    seen.add(t.getProperty("comm").asString());
                    seen.add(t.getMetaObject().getMetaSimpleName());
                    event.prepareStepOver(1);
                },
                event -> {
                    seen.add(event.getTopStackFrame().getScope().getDeclaredValue("t").getProperty("contid").toDisplayString());
                    event.prepareContinue();
                }));
        assertEquals(List.of(3, 4), lines, "stopped at the breakpoint, then at the next statement");
        assertEquals(List.of("task(pid=101, tid=101, comm=runc, contid=18446744073709551615)", "101", "runc", "task", "42"),
                seen);
    }

    @Test
    void topLevelVariablesAreTheLanguagesGlobalScope() {
        List<String> globals = new ArrayList<>();
        List<Integer> lines = debug(7, List.of(event -> {
            assertEquals(null, event.getTopStackFrame().getScope().getParent(), "the local scope is the function's");
            DebugScope top = event.getSession().getTopScope(CscriptLanguage.ID);
            assertNotNull(top, "the language has a top scope");
            for (DebugValue value : top.getDeclaredValues()) {
                globals.add(value.getName() + " = " + value.toDisplayString());
            }
            event.prepareContinue();
        }));
        assertEquals(List.of(7), lines);
        assertEquals(List.of("init = task(pid=101, tid=101, comm=runc, contid=42)"), globals);
    }
}
