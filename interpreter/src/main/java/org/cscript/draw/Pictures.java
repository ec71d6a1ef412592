package org.cscript.draw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cscript.host.ScenarioResult;
import org.cscript.host.SnapshotRun;
import org.cscript.kernel.TakenSnapshot;

/**
 * The pictures of {@code cscript draw} (docs/draw.md): one SVG per {@code snapshot()} the scenario
 * took, showing the state there and the events before it, and one of the end state (or of the
 * state where the scenario failed) with every event and where each snapshot was taken. Plain
 * Java over the run's snapshots and trace; the same run gives the same bytes.
 */
public final class Pictures {
    private static final String STYLE = String.join("",
            "\n.background{fill:#fafafa}",
            "\ntext{font-family:'DejaVu Sans Mono',monospace;fill:#212529}",
            "\n.title{font-size:16px;font-weight:bold}.heading{font-size:14px;font-weight:bold}",
            "\n.label{font-size:11px}.small{font-size:10px}.tiny{font-size:9px}.note{font-size:12px;font-style:italic}",
            "\n.box{stroke:#495057;stroke-width:1}.exited{stroke-dasharray:4 2;opacity:0.7}",
            "\n.cell{stroke:#868e96;stroke-width:0.5}.edge{fill:none;stroke:#868e96;stroke-width:1.2}",
            "\n.lane-line{stroke:#ced4da}.band{fill:#f1f3f5}.odd{fill:#e3e7eb}",
            "\n.dot{stroke:#212529;stroke-width:0.8}.marker{stroke:#e03131;stroke-width:1.5;stroke-dasharray:5 3}\n");

    /** One picture: the file it goes to and its SVG text. */
    public record Picture(Path file, String svg) {
    }

    private Pictures() {
    }

    /**
     * The pictures of {@code run} for the output {@code out}: snapshot N goes to {@code out} with
     * {@code -N} before its extension, the end state to {@code out} itself. Empty when the
     * scenario did not run (then it took no snapshot and has no end state).
     */
    public static List<Picture> of(String scenario, SnapshotRun run, Path out) {
        List<Picture> pictures = new ArrayList<>();
        List<TakenSnapshot> snapshots = run.snapshots();
        if (snapshots.isEmpty()) {
            return pictures;
        }
        List<String> trace = run.result().trace();
        int taken = snapshots.size() - 1;
        List<Timeline.Marker> markers = new ArrayList<>();
        for (int i = 0; i < taken; i++) {
            TakenSnapshot s = snapshots.get(i);
            String title = snapshotTitle(i + 1, s);
            int upTo = (int) Math.min(s.traceRecords(), trace.size());
            pictures.add(new Picture(numbered(out, i + 1), draw(scenario + " \u2014 " + title + " (" + upTo
                    + " records before it)", s, trace.subList(0, upTo), List.of())));
            markers.add(new Timeline.Marker(upTo, title));
        }
        TakenSnapshot end = snapshots.get(taken);
        String endTitle = run.result().status() == ScenarioResult.Status.OK ? "end of the scenario"
                : "where the scenario failed";
        pictures.add(new Picture(out, draw(scenario + " \u2014 " + endTitle, end, trace, markers)));
        return pictures;
    }

    /** Writes each picture, replacing a file of that name; the files written. */
    public static List<Path> write(List<Picture> pictures) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Picture p : pictures) {
            Files.writeString(p.file(), p.svg(), StandardCharsets.UTF_8);
            written.add(p.file());
        }
        return written;
    }

    /** {@code pic.svg} -> {@code pic-2.svg}; {@code pic} -> {@code pic-2}. */
    public static Path numbered(Path out, int n) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return out.resolveSibling(numbered);
    }

    private static String snapshotTitle(int n, TakenSnapshot s) {
        return "snapshot " + n + (s.label() == null ? "" : ": " + s.label());
    }

    private static String draw(String title, TakenSnapshot snapshot, List<String> trace, List<Timeline.Marker> markers) {
        Timeline timeline = new Timeline(trace, snapshot.state(), markers);
        StatePanel state = new StatePanel(snapshot.state(), Math.min(timeline.width(), 1200));
        int width = Math.max(Math.max(state.width(), timeline.width()), 640);
        int top = 44;
        int height = top + state.height() + 20 + timeline.height();
        Svg svg = new Svg(width, height, STYLE);
        svg.leaf("title", title);
        svg.leaf("text", title, "x", "20", "y", "28", "class", "title");
        state.draw(svg, top);
        timeline.draw(svg, top + state.height() + 20, width);
        return svg.finish();
    }
}
