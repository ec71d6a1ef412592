package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StateSnapshot} a scenario took with {@code snapshot([label])}, or the state at its end:
 * its label (null when it has none) and how many host trace records had been written when it was
 * taken, so a picture can show the events before it. {@link #appendEncoded} and
 * {@link #decodeAll} carry a run's snapshots as one text from the language to the host.
 */
public record TakenSnapshot(String label, long traceRecords, StateSnapshot state) {

    private static final String HEADER = "snapshot";

    /** Appends this snapshot to {@code out} as {@link #decodeAll} reads it. */
    public void appendEncoded(StringBuilder out) {
        out.append(HEADER).append('\t').append(label == null ? "\\N" : StateSnapshot.escape(label)).append('\t')
                .append(traceRecords).append('\n').append(state.encode());
    }

    /** The snapshots {@link #appendEncoded} wrote one after the other, in order. */
    public static List<TakenSnapshot> decodeAll(String text) {
        List<TakenSnapshot> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].isEmpty()) {
            String[] header = lines[i].split("\t", -1);
            if (header.length != 3 || !header[0].equals(HEADER)) {
                throw new IllegalArgumentException("not an encoded snapshot: " + lines[i]);
            }
            StringBuilder state = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].isEmpty() && !lines[i].startsWith(HEADER + "\t")) {
                state.append(lines[i]).append('\n');
                i++;
            }
            out.add(new TakenSnapshot(StateSnapshot.text(StateSnapshot.unescape(header[1])),
                    Long.parseLong(header[2]), StateSnapshot.decode(state.toString())));
        }
        return out;
    }
}
