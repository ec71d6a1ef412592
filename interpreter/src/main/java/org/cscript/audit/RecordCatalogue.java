package org.cscript.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.cscript.abi.NsKind;
import org.cscript.abi.Syscall;

/**
 * Every audit record form of kernel-model.md §4.3, one method per form, named by what happened.
 * The kernel asks for records by meaning and passes plain values; which fields a form has, in
 * which order and with which §4.2 encoding is known only to an implementation, so a second layout
 * set (the later upstream v11 series of the audit container ID patches) is a second
 * implementation chosen once per kernel boot: {@link #seed()} and {@link #upstream()}.
 *
 * <p>Values are passed as the model holds them: contids as u64 bit patterns (unset is
 * {@link org.cscript.abi.Unset#U64}), loginuid and sessionid as u32 values in a long,
 * already formatted contid texts (leaf, chain) as strings. {@code nsdev} is the nsfs device
 * text of the {@code audit.nsdev} knob, read by the kernel at each use.
 */
public interface RecordCatalogue {

    /** The seed layouts of §4.3 (profile {@code seed}, {@code audit.layouts = seed}). */
    static RecordCatalogue seed() {
        return SeedRecordCatalogue.INSTANCE;
    }

    /** The upstream v11 layouts (profile {@code upstream}, {@code audit.layouts = v11}); the seed's where v11 has none. */
    static RecordCatalogue upstream() {
        return UpstreamRecordCatalogue.INSTANCE;
    }

    /**
     * Every implementation, for what must hold under any profile: the {@code assert_audit} field
     * check takes the union of their field sets ({@link #fieldsInAnyCatalogue}). A new
     * implementation (the upstream v11 layouts) is added here and is then checked against with no
     * other change; {@code RecordFieldsTest} fails while an implementation is missing.
     */
    static List<RecordCatalogue> every() {
        return List.of(seed(), upstream());
    }

    /**
     * The names of the fields a record of {@code type} can carry under this catalogue: the union
     * over all its forms (CONTAINER_INFO subject, target and network; every op of CONTAINER_OBJ),
     * in the order first built. Derived from the factory methods themselves, each called with
     * sample values ({@link RecordFields}), so it cannot drift from the layouts; the header
     * ({@code type=}, {@code msg=audit(TIME:SERIAL):}) is not a field. Empty for a type this
     * catalogue never builds.
     */
    default Set<String> fields(RecordType type) {
        return RecordFields.of(this).get(type);
    }

    /**
     * The union of {@link #fields} over {@link #every()} catalogue: the field names an
     * {@code assert_audit} pattern of {@code type} may use whatever the profile, since a pattern
     * is checked before the scenario (and its {@code config}) runs.
     */
    static Set<String> fieldsInAnyCatalogue(RecordType type) {
        return RecordFields.inAnyCatalogue(type);
    }

    /** The acting task's identity as records print it: S.tgid, S.uid, S.loginuid, S.sessionid, comm, exe. */
    record Actor(long pid, long uid, long auid, long ses, String comm, String exe) {
    }

    /** The inode numbers of one namespace of each kind: the §4.3 {@code mntns= … cgroupns=} block. */
    final class NsInums {
        private final long[] byKind;

        private NsInums(long[] byKind) {
            this.byKind = byKind;
        }

        /** Reads every kind's inode number now. */
        public static NsInums of(ToLongFunction<NsKind> inumOf) {
            NsKind[] kinds = NsKind.values();
            long[] out = new long[kinds.length];
            for (NsKind k : kinds) {
                out[k.ordinal()] = inumOf.applyAsLong(k);
            }
            return new NsInums(out);
        }

        public long of(NsKind kind) {
            return byKind[kind.ordinal()];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NsInums n && Arrays.equals(byKind, n.byKind);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(byKind);
        }
    }

    // ------------------------------------------------------------ assembled by §4.4

    /** 4.3 SYSCALL of the subject's operation; {@code key} is the matching exit rule's, or null; items=0. */
    default AuditRecord syscall(SubjectSnapshot subject, Syscall call, boolean success, long exit, long[] args,
            String key) {
        return syscall(subject, call, success, exit, args, key, 0);
    }

    /** SYSCALL with {@code items=}: the number of PATH records that follow it (a watch matched). */
    AuditRecord syscall(SubjectSnapshot subject, Syscall call, boolean success, long exit, long[] args, String key,
            int items);

    /** CWD (Linux): the subject's working directory, as its root sees it; after SYSCALL when PATH records follow. */
    AuditRecord cwd(String cwd);

    /** PATH (Linux), one per name the event resolved, numbered from 0 in the kernel's order. */
    AuditRecord path(int item, PathName name);

    /** 4.3 CONTAINER_INFO, subject form: the event subject's formatted contid. */
    AuditRecord subjectContainerInfo(String contid);

    /** 4.3 CONTAINER_INFO, target form: a signalled thread group (OP-06, OP-24). */
    AuditRecord targetContainerInfo(long opid, String contid);

    /**
     * The records of a signalled thread group (OP-06, OP-24), after the subject's: the seed's
     * target form alone, for a target with a contid; v11 an OBJ_PID record for every target, as
     * Linux writes one for each signalled task of an audited kill, and the target form after it
     * for a target with a contid (linked by {@link #link}).
     *
     * @param contid the target's formatted contid, or null when it has none
     */
    default List<AuditRecord> signalTarget(Actor target, String contid) {
        return contid == null ? List.of() : List.of(targetContainerInfo(target.pid(), contid));
    }

    /** Linux OBJ_PID of a signalled task: {@code opid= oauid= ouid= oses= ocomm=} (no LSM, no obj=). */
    AuditRecord objPid(Actor target);

    /** 4.3 CONTAINER_INFO, network form (OP-48): formatted contids in the §4.2 list order. */
    AuditRecord networkContainerInfo(long netns, List<String> contids);

    /**
     * The record a CONTAINER_ID annotates, with the v11 link {@code record=N} appended (SYSCALL,
     * NETFILTER_PKT). The seed links nothing: {@code annotated} unchanged.
     */
    AuditRecord linked(AuditRecord annotated, int record);

    /**
     * The v11 CONTAINER_ID {@code record=N contid=<list>}, the {@code N}th of its event. The seed
     * has no links: its subject form.
     */
    AuditRecord linkedContainerId(int record, String contids);

    /**
     * The records of one assembled event with their CONTAINER_ID links, in the same order; the
     * seed's are returned as they are ({@link UpstreamRecordCatalogue} numbers them).
     */
    default List<AuditRecord> link(List<AuditRecord> event) {
        return event;
    }

    // ------------------------------------------------------------ namespaces

    /** 4.3 NS_CREATE: {@code op} is the spawning call (clone, unshare, container_create). */
    AuditRecord nsCreate(String op, long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs);

    /** 4.3 NS_DESTROY (P3). */
    AuditRecord nsDestroy(NsKind kind, String nsdev, long ns);

    /** 4.3 NS_CHANGE (OP-16, OP-17): {@code contid} is S's before any lookup. */
    AuditRecord nsChange(long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs);

    // ------------------------------------------------------------ audit container ID (CONTAINER)

    /** 4.3 CONTAINER op=set (OP-46): {@code objectNs} is T's, pidns its active one. */
    AuditRecord contidSet(Actor writer, long opid, long contid, long oldContid, String nsdev, NsInums objectNs,
            boolean ok);

    /** 4.3 CONTAINER op=move (OP-46 with contid.allow_move): same layout as op=set. */
    AuditRecord contidMove(Actor writer, long opid, long contid, long oldContid, String nsdev, NsInums objectNs,
            boolean ok);

    /** 4.3 CONTAINER op=setns (OP-16/17 lookup): the task is writer and object, after the switch; res=1. */
    AuditRecord contidSetns(Actor task, long contid, long oldContid, String nsdev, NsInums ns);

    /**
     * 4.3 CONTAINER op=destroy: the registry entry of {@code contid} went away (P5, P11);
     * {@code opid} is the task whose leaving emptied it, {@code contidText} the value as the
     * registry formats it (v11 op=drop prints both).
     */
    AuditRecord contidDestroyed(long opid, long contid, String contidText);

    // ------------------------------------------------------------ container objects (CONTAINER_OBJ)

    /** 4.3 CONTAINER_OBJ op=create (OP-18): {@code flags} as passed, the container's namespaces. */
    AuditRecord containerCreated(long ctr, long pctr, String name, long flags, long pid, String nsdev,
            NsInums containerNs);

    /** 4.3 CONTAINER_OBJ op=start (OP-19, the first fork_into_container). */
    AuditRecord containerStarted(long ctr, long opid, long pid);

    /** 4.3 CONTAINER_OBJ op=add (OP-19 after start). */
    AuditRecord containerMemberAdded(long ctr, long opid, long pid);

    /** 4.3 CONTAINER_OBJ op=join (OP-17). */
    AuditRecord containerJoined(long ctr, long oldCtr, long opid, long pid);

    /** 4.3 CONTAINER_OBJ op=set-ns (OP-30 FSCONFIG_SET_NAMESPACE): the slot's old and new namespace. */
    AuditRecord containerNamespaceSet(long ctr, NsKind kind, String nsdev, long oldNs, long newNs, long pid);

    /** 4.3 CONTAINER_OBJ op=kill-on-close (P2): {@code pid} is the task whose close released the file. */
    AuditRecord containerKillOnClose(long ctr, long pid);

    /** 4.3 CONTAINER_OBJ op=dead (P6). */
    AuditRecord containerDead(long ctr, long opid, long status, long killed);

    /** 4.3 CONTAINER_OBJ op=destroy (P4). */
    AuditRecord containerDestroyed(long ctr);

    /**
     * CONTAINER_OBJ op=override (docs/proposals/supervisor-override.md): supervisor {@code pid}
     * let member {@code opid}'s {@code call}, refused with {@code errno}, run with its capabilities.
     */
    AuditRecord containerOverride(long ctr, long opid, long pid, String call, String errno);

    /** CONTAINER_OBJ op=checkpoint (docs/proposals/checkpoint-restore.md): {@code pid} imaged {@code tasks} tasks. */
    AuditRecord containerCheckpoint(long ctr, String image, long tasks, long contid, long pid);

    /** CONTAINER_OBJ op=restore (checkpoint-restore.md): {@code image} of {@code oldCtr} recreated as {@code ctr}. */
    AuditRecord containerRestore(long ctr, long oldCtr, String image, long tasks, long contid, long pid);

    // ------------------------------------------------------------ Linux records

    /** 4.3 LOGIN (OP-45). */
    AuditRecord login(long pid, long uid, long oldAuid, long auid, long oldSes, long ses, boolean ok);

    /** 4.3 USER (OP-49): the sender's pid, uid, auid and ses; {@code text} printed verbatim. */
    AuditRecord userMessage(Actor sender, String text);

    /** SET_CAPCONTID (upstream extension, set_capcontid): {@code opid=} the target, the new and old values. */
    AuditRecord capcontidSet(long opid, long capcontid, long oldCapcontid);

    /** Linux AVC: a member's operation denied by its container's policy (P-LSM, docs/proposals/container-policy.md). */
    AuditRecord avcDenied(String operation, Actor subject, String scontext, String tcontext);

    /** 4.3 NETFILTER_PKT (OP-48). */
    AuditRecord netfilterPacket(long mark, String saddr, String daddr, long proto, long netns);
}
