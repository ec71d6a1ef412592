package org.cscript.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceRecord;
import org.cscript.kernel.StateSnapshot;
import org.cscript.kernel.StateSnapshot.TaskNode;

/**
 * The timeline half of a picture: one lane per process (a thread group: audit records name a
 * task by its {@code pid=}, so a thread's records are on its leader's lane), one column per
 * record in serial order, the records of one event on a shared band, each record a mark on the
 * lane of the task that caused it with its type as label and its whole line as tooltip. A
 * record without {@code pid=} (a packet's) is on the lane of its event's other records, or on
 * the lane "no task".
 */
final class Timeline {
    private static final int LABEL_W = 210;
    private static final int COL = 22;
    private static final int LANE = 26;
    private static final int HEAD = 150;
    /** The lane of records no task caused. */
    private static final long NO_TASK = Long.MAX_VALUE;

    /** One record: its column is its index. */
    private record Mark(long serial, String type, String printedType, long lane, String line) {
    }

    /** A snapshot's place on the time axis: before record {@code index}. */
    record Marker(int index, String label) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final TreeMap<Long, String> lanes = new TreeMap<>();
    private final List<Marker> markers;

    Timeline(List<String> trace, StateSnapshot state, List<Marker> markers) {
        this.markers = List.copyOf(markers);
        for (TaskNode t : state.tasks()) {
            if (t.tid() == t.pid()) {
                lanes.put(t.pid(), "pid " + t.pid() + "  " + Svg.cut(t.comm(), 18));
            }
        }
        List<TraceRecord> records = new ArrayList<>();
        for (String line : trace) {
            records.add(parse(line));
        }
        for (int i = 0; i < trace.size(); i++) {
            TraceRecord r = records.get(i);
            long lane = r == null ? NO_TASK : laneOf(records, i);
            if (!lanes.containsKey(lane)) {
                String comm = r == null || lane == NO_TASK ? null : lastComm(records, lane);
                lanes.put(lane, lane == NO_TASK ? "no task" : "pid " + lane + "  " + (comm == null ? "" :
                        Svg.cut(comm, 12) + " ") + "(gone)");
            }
            marks.add(r == null ? new Mark(-1, "?", "?", NO_TASK, trace.get(i))
                    : new Mark(r.serial(), r.type(), r.printedType(), lane, trace.get(i)));
        }
    }

    private static TraceRecord parse(String line) {
        try {
            return TraceRecord.parse(line);
        } catch (MalformedRecordException e) {
            return null;
        }
    }

    /** The record's pid, else the first pid of its event's records, else the no-task lane. */
    private static long laneOf(List<TraceRecord> records, int i) {
        Long own = pid(records.get(i));
        if (own != null) {
            return own;
        }
        long serial = records.get(i).serial();
        int start = i;
        while (start > 0 && records.get(start - 1) != null && records.get(start - 1).serial() == serial) {
            start--;
        }
        for (int j = start; j < records.size() && records.get(j) != null && records.get(j).serial() == serial; j++) {
            Long pid = pid(records.get(j));
            if (pid != null) {
                return pid;
            }
        }
        return NO_TASK;
    }

    private static Long pid(TraceRecord r) {
        String pid = r.raw("pid");
        if (pid == null) {
            return null;
        }
        try {
            return Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String lastComm(List<TraceRecord> records, long pid) {
        String comm = null;
        for (TraceRecord r : records) {
            if (r != null && Long.valueOf(pid).equals(pid(r)) && r.decoded("comm") != null) {
                comm = r.decoded("comm");
            }
        }
        return comm;
    }

    int width() {
        return LABEL_W + 10 + Math.max(1, marks.size()) * COL + 30;
    }

    int height() {
        return HEAD + Math.max(1, lanes.size()) * LANE + 20;
    }

    private static int x(int column) {
        return LABEL_W + 10 + column * COL;
    }

    void draw(Svg svg, int top, int width) {
        svg.open("g", "class", "timeline", "transform", "translate(0," + top + ")");
        long events = marks.stream().mapToLong(Mark::serial).distinct().count();
        svg.leaf("text", "Timeline: " + marks.size() + " records in " + events + " events, one lane per process",
                "x", "20", "y", "20", "class", "heading");
        int lanesTop = HEAD;
        int lanesBottom = HEAD + lanes.size() * LANE;
        drawBands(svg, lanesTop, lanesBottom);
        TreeMap<Long, Integer> laneRow = new TreeMap<>();
        int row = 0;
        for (Map.Entry<Long, String> lane : lanes.entrySet()) {
            int y = lanesTop + row * LANE;
            laneRow.put(lane.getKey(), row++);
            svg.open("g", "class", "lane", "data-pid", lane.getKey() == NO_TASK ? "none" : Svg.num(lane.getKey()));
            svg.empty("line", "x1", Svg.num(LABEL_W), "y1", Svg.num(y + LANE / 2), "x2", Svg.num(width - 10), "y2",
                    Svg.num(y + LANE / 2), "class", "lane-line");
            svg.leaf("text", lane.getValue(), "x", "20", "y", Svg.num(y + LANE / 2 + 4), "class", "label");
            svg.close();
        }
        if (marks.isEmpty()) {
            svg.leaf("text", "no audit records yet", "x", Svg.num(LABEL_W + 10), "y", Svg.num(HEAD - 10), "class", "note");
        }
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            int cx = x(i) + COL / 2;
            int cy = lanesTop + laneRow.get(m.lane) * LANE + LANE / 2;
            svg.leaf("text", (m.serial < 0 ? "?" : Svg.num(m.serial)) + " " + m.type, "x", Svg.num(cx + 3), "y",
                    Svg.num(HEAD - 6), "class", "tiny", "transform", "rotate(-60 " + (cx + 3) + " " + (HEAD - 6) + ")");
            svg.open("g", "class", "mark", "data-type", m.type, "data-serial", Svg.num(m.serial), "data-lane",
                    m.lane == NO_TASK ? "none" : Svg.num(m.lane));
            svg.leaf("title", m.type + (m.type.equals(m.printedType) ? "" : " (" + m.printedType + ")") + ", serial "
                    + m.serial + ": " + m.line);
            svg.empty("circle", "cx", Svg.num(cx), "cy", Svg.num(cy), "r", "6", "fill", Palette.record(m.type),
                    "class", "dot");
            svg.close();
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            int mx = x(Math.min(marker.index(), marks.size()));
            svg.open("g", "class", "snapshot-marker", "data-index", Svg.num(marker.index()));
            svg.empty("line", "x1", Svg.num(mx), "y1", Svg.num(48), "x2", Svg.num(mx), "y2", Svg.num(lanesBottom),
                    "class", "marker");
            svg.leaf("text", marker.label(), "x", Svg.num(mx + 3), "y", Svg.num(34 + 10 * (i % 2)), "class", "tiny");
            svg.close();
        }
        svg.close();
    }

    /** Alternating bands under the columns of each event (records of one serial are adjacent). */
    private void drawBands(Svg svg, int top, int bottom) {
        int start = 0;
        int band = 0;
        for (int i = 1; i <= marks.size(); i++) {
            if (i == marks.size() || marks.get(i).serial != marks.get(start).serial) {
                svg.empty("rect", "x", Svg.num(x(start)), "y", Svg.num(top), "width", Svg.num((i - start) * COL),
                        "height", Svg.num(bottom - top), "class", band % 2 == 0 ? "band" : "band odd",
                        "data-serial", Svg.num(marks.get(start).serial));
                band++;
                start = i;
            }
        }
    }
}
