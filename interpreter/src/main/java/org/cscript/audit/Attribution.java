package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The contids an event's records are attributed to, for container sinks (kernel-model.md §4.6):
 * CONTAINER old-contid always and contid when res=1 (op=destroy: its contid), NS_CREATE and
 * NS_CHANGE contid, and every value listed in CONTAINER_INFO (leaf, chain or network list).
 * UNSET64 never counts. The subject's and targets' own contids are added by the caller. The v11
 * layouts (the upstream profile) have no res= in CONTAINER_OP: the write succeeded when the
 * event's SYSCALL says success=yes.
 */
public final class Attribution {
    private Attribution() {
    }

    public static List<Long> recordContids(List<AuditRecord> records) {
        List<Long> out = new ArrayList<>();
        for (AuditRecord r : records) {
            switch (r.type()) {
                case CONTAINER -> {
                    String op = r.value("op");
                    String res = r.value("res");
                    if ("destroy".equals(op) || "1".equals(res) || res == null && syscallSucceeded(records)) {
                        addList(out, r.value("contid"));
                    }
                    addList(out, r.value("old-contid"));
                }
                case NS_CREATE, NS_CHANGE, CONTAINER_INFO -> addList(out, r.value("contid"));
                default -> {
                }
            }
        }
        return out;
    }

    private static boolean syscallSucceeded(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            if (r.type() == RecordType.SYSCALL) {
                return "yes".equals(r.value("success"));
            }
        }
        return false;
    }

    /** Adds every number in a "V", "V^P^…" or "V1,V2" text; unset is skipped, printed as -1 by the v11 layouts. */
    private static void addList(List<Long> out, String text) {
        if (text == null) {
            return;
        }
        for (String part : text.split("[,^]")) {
            if (part.equals("-1")) {
                continue;
            }
            long v = Long.parseUnsignedLong(part);
            if (v != -1L) {
                out.add(v);
            }
        }
    }
}
