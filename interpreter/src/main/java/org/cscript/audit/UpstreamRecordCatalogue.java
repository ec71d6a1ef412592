package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.Unset;

/**
 * The record layouts of the upstream audit container ID series, v11 (January 2021, never merged),
 * chosen at boot by {@code audit.layouts = v11} (set by the {@code upstream} profile). v11 has
 * layouts of its own for the contid write ({@code op=set opid= contid= old-contid=}, no subject
 * fields and no {@code res=}: the writer is in the event's SYSCALL record) and for the end of a
 * contid ({@code op=drop}); it prints the unset value as {@code -1}. Every form v11 does not
 * define (SYSCALL, the namespace records, CONTAINER_OBJ, op=move and op=setns of the seed's
 * knobs ...) is the seed's layout, inherited.
 */
final class UpstreamRecordCatalogue extends SeedRecordCatalogue {
    static final UpstreamRecordCatalogue INSTANCE = new UpstreamRecordCatalogue();

    private UpstreamRecordCatalogue() {
    }

    /** v11 prints a contid as {@code %llu}, the unset value as {@code -1}. */
    private static String contid(long v) {
        return v == Unset.U64 ? "-1" : Long.toUnsignedString(v);
    }

    /** v11 CONTAINER_OP op=set: {@code opid=<target> contid=<new> old-contid=<old or -1>}, refused writes too. */
    @Override
    public AuditRecord contidSet(Actor writer, long opid, long contid, long oldContid, String nsdev,
            NsInums objectNs, boolean ok) {
        return AuditRecord.of(RecordType.CONTAINER).raw("op", "set").num("opid", opid).raw("contid", contid(contid))
                .raw("old-contid", contid(oldContid)).build();
    }

    /** v11 CONTAINER_OP op=drop: {@code opid=<last task> contid=-1 old-contid=<list>}. */
    @Override
    public AuditRecord contidDestroyed(long opid, long contid, String contidText) {
        return AuditRecord.of(RecordType.CONTAINER).raw("op", "drop").num("opid", opid).raw("contid", "-1")
                .raw("old-contid", contidText).build();
    }

    /** v11: a signalled task is an OBJ_PID record, followed by its CONTAINER_ID if it has one (linked by {@link #link}). */
    @Override
    public List<AuditRecord> signalTarget(Actor target, String contid) {
        return contid == null ? List.of(objPid(target)) : List.of(objPid(target), targetContainerInfo(target.pid(), contid));
    }

    /** v11: the annotated record ends with {@code record=N}. */
    @Override
    public AuditRecord linked(AuditRecord annotated, int record) {
        AuditRecord.Builder b = AuditRecord.of(annotated.type());
        for (AuditRecord.Field f : annotated.fields()) {
            b.raw(f.name(), f.value());
        }
        return b.num("record", record).build();
    }

    /** v11 CONTAINER_ID: {@code record=N contid=<list>}. */
    @Override
    public AuditRecord linkedContainerId(int record, String contids) {
        return AuditRecord.of(RecordType.CONTAINER_INFO).num("record", record).raw("contid", contids).build();
    }

    /**
     * v11 links: each subject or network CONTAINER_ID of the event becomes {@code record=N
     * contid=}, N counting up from 1, and the record it annotates gets {@code record=N}: for the
     * network form the NETFILTER_PKT, for the subject form the SYSCALL, or the event's first
     * record when it has none (USER, a death without a syscall); for the target form ({@code
     * opid=}, a signalled task) the OBJ_PID record just before it ({@link #signalTarget}).
     */
    @Override
    public List<AuditRecord> link(List<AuditRecord> event) {
        List<AuditRecord> out = new ArrayList<>(event);
        int n = 0;
        for (int i = 0; i < out.size(); i++) {
            AuditRecord r = out.get(i);
            if (r.type() != RecordType.CONTAINER_INFO) {
                continue;
            }
            int at = r.value("opid") != null ? i - 1
                    : indexOf(out, r.value("netns") != null ? RecordType.NETFILTER_PKT : RecordType.SYSCALL, i);
            if (at < 0 || r.value("opid") != null && out.get(at).type() != RecordType.OBJ_PID) {
                continue;
            }
            if (at == i) {
                continue;
            }
            n++;
            out.set(at, linked(out.get(at), n));
            out.set(i, linkedContainerId(n, r.value("contid")));
        }
        return out;
    }

    /** The first record of {@code type} before {@code limit}, else the event's first record. */
    private static int indexOf(List<AuditRecord> event, RecordType type, int limit) {
        for (int i = 0; i < limit; i++) {
            if (event.get(i).type() == type) {
                return i;
            }
        }
        return 0;
    }
}
