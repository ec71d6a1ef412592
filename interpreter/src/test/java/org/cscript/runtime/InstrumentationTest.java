package org.cscript.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.management.ExecutionListener;
import org.junit.jupiter.api.Test;

/** Statements and function bodies are visible to Truffle tools (debugger, profilers, coverage). */
class InstrumentationTest {

    @Test
    void statementsAndRootsAreReportedToExecutionListeners() {
        List<String> statements = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            ExecutionListener listener = ExecutionListener.newBuilder()
                    .statements(true).roots(true)
                    .onEnter(event -> (event.isRoot() ? roots : statements).add(event.getLocation().getCharacters().toString()))
                    .attach(engine);
            try (Context context = Context.newBuilder(CscriptLanguage.ID).engine(engine)
                    .out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
                context.eval(Source.create(CscriptLanguage.ID, "fn twice(x) {\n  return x * 2\n}\nlet a = twice(2)\nassert a == 4\n"));
            }
            listener.close();
        }
        assertEquals(List.of("let a = twice(2)", "return x * 2", "assert a == 4"), statements);
        assertEquals(2, roots.size(), roots.toString());
    }
}
