package org.cscript.draw;

/**
 * The colours of a picture, chosen by position in a fixed list (never by hash): container
 * objects by their rank, namespaces of one kind by the rank of their inode number, record types
 * by family.
 */
final class Palette {
    private static final String[] FILLS = {"#cfe2ff", "#d1f2d9", "#ffe3c4", "#f3d1f0", "#fff3b0", "#d4f0f0",
        "#e6d5ff", "#ffd6d6", "#dfe8c8", "#f0e0d0"};

    private Palette() {
    }

    /** The fill of the {@code rank}-th object of its kind; rank 0 (the initial one) is white. */
    static String fill(int rank) {
        return rank == 0 ? "#ffffff" : FILLS[(rank - 1) % FILLS.length];
    }

    /** The colour of a record type's marks: the design's container records, syscalls, the rest. */
    static String record(String type) {
        if (type.startsWith("CONTAINER")) {
            return "#d9480f";
        }
        if (type.startsWith("NS_")) {
            return "#5f3dc4";
        }
        return switch (type) {
            case "SYSCALL" -> "#1864ab";
            case "NETFILTER_PKT" -> "#2b8a3e";
            case "LOGIN", "USER" -> "#a61e4d";
            default -> "#495057";
        };
    }
}
