package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;
import org.cscript.abi.NsKind;
import org.cscript.abi.Syscall;
import org.cscript.abi.Unset;

/**
 * The record layouts of the upstream audit container ID series, v11 (January 2021, never merged),
 * chosen at boot by {@code audit.layouts = v11} (set by the {@code upstream} profile). v11 has
 * layouts of its own for the contid write ({@code op=set opid= contid= old-contid=}, no subject
 * fields and no {@code res=}: the writer is in the event's SYSCALL record) and for the end of a
 * contid ({@code op=drop}); it prints the unset value as {@code -1}. Every form v11 does not
 * define (SYSCALL, the namespace records, CONTAINER_OBJ, op=move and op=setns of the seed's
 * knobs ...) is the seed's layout, by delegation.
 */
final class UpstreamRecordCatalogue implements RecordCatalogue {
    static final UpstreamRecordCatalogue INSTANCE = new UpstreamRecordCatalogue();
    private static final RecordCatalogue SEED = SeedRecordCatalogue.INSTANCE;

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

    /** v11: a signalled task is an OBJ_PID record, followed by its CONTAINER_ID (linked by {@link #link}). */
    @Override
    public List<AuditRecord> signalTarget(Actor target, String contid) {
        return List.of(objPid(target), targetContainerInfo(target.pid(), contid));
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

    // ------------------------------------------------------------ the seed's layouts

    @Override
    public AuditRecord syscall(SubjectSnapshot subject, Syscall call, boolean success, long exit, long[] args,
            String key, int items) {
        return SEED.syscall(subject, call, success, exit, args, key, items);
    }

    @Override
    public AuditRecord cwd(String cwd) {
        return SEED.cwd(cwd);
    }

    @Override
    public AuditRecord path(int item, PathName name) {
        return SEED.path(item, name);
    }

    @Override
    public AuditRecord subjectContainerInfo(String contid) {
        return SEED.subjectContainerInfo(contid);
    }

    @Override
    public AuditRecord targetContainerInfo(long opid, String contid) {
        return SEED.targetContainerInfo(opid, contid);
    }

    @Override
    public AuditRecord networkContainerInfo(long netns, List<String> contids) {
        return SEED.networkContainerInfo(netns, contids);
    }

    @Override
    public AuditRecord nsCreate(String op, long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs) {
        return SEED.nsCreate(op, pid, contid, kind, nsdev, oldNs, newNs);
    }

    @Override
    public AuditRecord nsDestroy(NsKind kind, String nsdev, long ns) {
        return SEED.nsDestroy(kind, nsdev, ns);
    }

    @Override
    public AuditRecord nsChange(long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs) {
        return SEED.nsChange(pid, contid, kind, nsdev, oldNs, newNs);
    }

    @Override
    public AuditRecord contidMove(Actor writer, long opid, long contid, long oldContid, String nsdev,
            NsInums objectNs, boolean ok) {
        return SEED.contidMove(writer, opid, contid, oldContid, nsdev, objectNs, ok);
    }

    @Override
    public AuditRecord contidSetns(Actor task, long contid, long oldContid, String nsdev, NsInums ns) {
        return SEED.contidSetns(task, contid, oldContid, nsdev, ns);
    }

    @Override
    public AuditRecord containerCreated(long ctr, long pctr, String name, long flags, long pid, String nsdev,
            NsInums containerNs) {
        return SEED.containerCreated(ctr, pctr, name, flags, pid, nsdev, containerNs);
    }

    @Override
    public AuditRecord containerStarted(long ctr, long opid, long pid) {
        return SEED.containerStarted(ctr, opid, pid);
    }

    @Override
    public AuditRecord containerMemberAdded(long ctr, long opid, long pid) {
        return SEED.containerMemberAdded(ctr, opid, pid);
    }

    @Override
    public AuditRecord containerJoined(long ctr, long oldCtr, long opid, long pid) {
        return SEED.containerJoined(ctr, oldCtr, opid, pid);
    }

    @Override
    public AuditRecord containerNamespaceSet(long ctr, NsKind kind, String nsdev, long oldNs, long newNs, long pid) {
        return SEED.containerNamespaceSet(ctr, kind, nsdev, oldNs, newNs, pid);
    }

    @Override
    public AuditRecord containerKillOnClose(long ctr, long pid) {
        return SEED.containerKillOnClose(ctr, pid);
    }

    @Override
    public AuditRecord containerDead(long ctr, long opid, long status, long killed) {
        return SEED.containerDead(ctr, opid, status, killed);
    }

    @Override
    public AuditRecord containerDestroyed(long ctr) {
        return SEED.containerDestroyed(ctr);
    }

    @Override
    public AuditRecord login(long pid, long uid, long oldAuid, long auid, long oldSes, long ses, boolean ok) {
        return SEED.login(pid, uid, oldAuid, auid, oldSes, ses, ok);
    }

    @Override
    public AuditRecord userMessage(Actor sender, String text) {
        return SEED.userMessage(sender, text);
    }

    @Override
    public AuditRecord objPid(Actor target) {
        return SEED.objPid(target);
    }

    @Override
    public AuditRecord capcontidSet(long opid, long capcontid, long oldCapcontid) {
        return SEED.capcontidSet(opid, capcontid, oldCapcontid);
    }

    @Override
    public AuditRecord netfilterPacket(long mark, String saddr, String daddr, long proto, long netns) {
        return SEED.netfilterPacket(mark, saddr, daddr, proto, netns);
    }
}
