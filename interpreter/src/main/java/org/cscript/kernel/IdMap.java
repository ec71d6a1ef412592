package org.cscript.kernel;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Errno;

/**
 * A user namespace's uid_map or gid_map (Q23, userns.maps = on; docs/proposals/userns-maps.md):
 * extents of {@code inside kernel count}, the outside ids already taken down to kernel ids (those
 * of the initial user namespace), as Linux keeps them after a write. A null map is one not
 * written yet: no id maps through it.
 */
final class IdMap {
    /** One line of the map: {@code count} ids from {@code first} inside are {@code kernel} and up. */
    record Extent(long first, long kernel, long count) {
        boolean holdsInside(long id) {
            return id >= first && id - first < count;
        }

        boolean holdsKernel(long id) {
            return id >= kernel && id - kernel < count;
        }
    }

    /** Linux's UID_GID_MAP_MAX_EXTENTS. */
    static final int MAX_EXTENTS = 340;
    /** (u32) -1: never a valid id. */
    static final long INVALID = 0xffff_ffffL;
    /** overflowuid / overflowgid: how an id with no mapping is shown. */
    static final long OVERFLOW_ID = 65534;

    final List<Extent> extents;
    /** The text written, kept for the record of what was asked (tests, error messages). */
    final String text;

    private IdMap(List<Extent> extents, String text) {
        this.extents = List.copyOf(extents);
        this.text = text;
    }

    /** The map of the initial user namespace: every id is itself. */
    static final IdMap IDENTITY = new IdMap(List.of(new Extent(0, 0, INVALID)), "0 0 4294967295");

    /**
     * Parses a write as Linux's map_write does; the outside column is left in the parent's ids
     * (see {@link #lowered}). Throws EINVAL (as {@link KernelCore#fail}) for what Linux refuses.
     */
    static List<Extent> parse(String text, String op) {
        List<Extent> out = new ArrayList<>();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            String[] f = line.strip().split("[ \t]+");
            if (f.length != 3) {
                throw KernelCore.fail(Errno.EINVAL, op, "map line '" + line
                        + "' is not 'inside outside count'");
            }
            long first = number(f[0], line, op);
            long lower = number(f[1], line, op);
            long count = number(f[2], line, op);
            if (count == 0 || first + count > INVALID || lower + count > INVALID) {
                throw KernelCore.fail(Errno.EINVAL, op, "map line '" + line
                        + "' has an empty or overflowing range");
            }
            Extent e = new Extent(first, lower, count);
            for (Extent o : out) {
                if (overlap(o.first, o.count, first, count) || overlap(o.kernel, o.count, lower, count)) {
                    throw KernelCore.fail(Errno.EINVAL, op, "map line '" + line
                            + "' overlaps an earlier line");
                }
            }
            out.add(e);
            if (out.size() > MAX_EXTENTS) {
                throw KernelCore.fail(Errno.EINVAL, op, "a map has at most " + MAX_EXTENTS + " lines");
            }
        }
        return out;
    }

    private static long number(String s, String line, String op) {
        if (!s.matches("[0-9]{1,10}") || Long.parseLong(s) >= INVALID) {
            throw KernelCore.fail(Errno.EINVAL, op, "map line '" + line + "' has no valid id '"
                    + s + "'");
        }
        return Long.parseLong(s);
    }

    private static boolean overlap(long a, long n, long b, long m) {
        return a < b + m && b < a + n;
    }

    /**
     * The parsed extents with their outside ranges taken down through {@code parent} (the map of
     * the namespace's parent), or null if one is not wholly inside one parent extent (Linux:
     * map_id_range_down fails, EPERM).
     */
    static IdMap lowered(List<Extent> parsed, IdMap parent, String text) {
        List<Extent> out = new ArrayList<>();
        for (Extent e : parsed) {
            long kernel = parent == null ? INVALID : parent.downRange(e.kernel, e.count);
            if (kernel == INVALID) {
                return null;
            }
            out.add(new Extent(e.first, kernel, e.count));
        }
        return new IdMap(out, text);
    }

    /** The kernel id of inside id {@code id}, or {@link #INVALID} if the map does not hold it. */
    long down(long id) {
        return downRange(id, 1);
    }

    private long downRange(long id, long count) {
        for (Extent e : extents) {
            if (e.holdsInside(id) && e.holdsInside(id + count - 1)) {
                return e.kernel + (id - e.first);
            }
        }
        return INVALID;
    }

    /** Kernel id {@code kid} as this namespace sees it, or {@link #OVERFLOW_ID} if it has no mapping here. */
    long up(long kid) {
        for (Extent e : extents) {
            if (e.holdsKernel(kid)) {
                return e.first + (kid - e.kernel);
            }
        }
        return OVERFLOW_ID;
    }
}
