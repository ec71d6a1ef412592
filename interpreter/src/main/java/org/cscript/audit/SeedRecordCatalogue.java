package org.cscript.audit;

import java.util.List;
import java.util.Locale;
import org.cscript.abi.NsKind;
import org.cscript.abi.Syscall;

/**
 * The record layouts of kernel-model.md §4.3 with the §4.2 encodings: the only place that knows
 * field names, their order and how each value prints. These are the seed profile's; the profiles'
 * other differences (type names, RecordType#printedName; chain contid text, formatted by the kernel)
 * lie outside the layouts. The upstream v11 layouts (op=set with only opid/contid/old-contid,
 * op=drop, -1 for unset) are {@link UpstreamRecordCatalogue}, which inherits from this one where
 * v11 has no layout of its own; the kernel picks one at boot ({@code audit.layouts}).
 */
sealed class SeedRecordCatalogue implements RecordCatalogue permits UpstreamRecordCatalogue {
    static final SeedRecordCatalogue INSTANCE = new SeedRecordCatalogue();

    SeedRecordCatalogue() {
    }

    /** 4.3 SYSCALL field order; exit and exit_group omit success= and exit= (4.2: a0-a3 bare hex). */
    @Override
    public AuditRecord syscall(SubjectSnapshot s, Syscall call, boolean success, long exit, long[] a, String key,
            int items) {
        AuditRecord.Builder b = AuditRecord.of(RecordType.SYSCALL).raw("arch", "c000003e")
                .num("syscall", call.number());
        if (call.returns()) {
            b.raw("success", success ? "yes" : "no").num("exit", exit);
        }
        b.hex("a0", a[0]).hex("a1", a[1]).hex("a2", a[2]).hex("a3", a[3]).num("items", items)
                .num("ppid", s.ppid()).num("pid", s.pid()).num("auid", s.auid()).num("uid", s.uid())
                .num("gid", s.gid()).num("euid", s.euid()).num("suid", s.suid()).num("fsuid", s.fsuid())
                .num("egid", s.egid()).num("sgid", s.sgid()).num("fsgid", s.fsgid()).raw("tty", "(none)")
                .num("ses", s.ses()).str("comm", s.comm()).str("exe", s.exe());
        if (s.subj() != null) {
            b.raw("subj", s.subj());   // Linux's audit_log_task_context: after exe=, before key=
        }
        if (key == null) {
            b.raw("key", "(null)");
        } else {
            b.str("key", key);
        }
        return b.build();
    }

    /** Linux CWD: {@code cwd=} as an untrusted string (audit_log_d_path). */
    @Override
    public AuditRecord cwd(String cwd) {
        return AuditRecord.of(RecordType.CWD).str("cwd", cwd).build();
    }

    /**
     * Linux PATH of a resolved name (audit_log_name, kernels 5.x-6.x without an LSM): {@code item
     * name inode dev mode ouid ogid rdev nametype cap_fp cap_fi cap_fe cap_fver cap_frootid}; dev
     * and rdev as {@code %02x:%02x}, mode as {@code %#o}; no file capabilities are modelled.
     */
    @Override
    public AuditRecord path(int item, PathName n) {
        return AuditRecord.of(RecordType.PATH).num("item", item).str("name", n.name()).num("inode", n.inode())
                .raw("dev", devText(n.devMajor(), n.devMinor())).raw("mode", octal(n.mode()))
                .num("ouid", n.ouid()).num("ogid", n.ogid()).raw("rdev", devText(n.rdevMajor(), n.rdevMinor()))
                .raw("nametype", n.type().name()).raw("cap_fp", "0").raw("cap_fi", "0").raw("cap_fe", "0")
                .raw("cap_fver", "0").raw("cap_frootid", "0").build();
    }

    /** printf's {@code %#o}: a leading 0, and 0 alone for 0. */
    private static String octal(long mode) {
        return mode == 0 ? "0" : "0" + Long.toOctalString(mode);
    }

    private static String devText(long major, long minor) {
        return String.format(Locale.ROOT, "%02x:%02x", major, minor);
    }

    /** 4.3 CONTAINER_INFO subject form: {@code contid=<V or chain>}. */
    @Override
    public AuditRecord subjectContainerInfo(String contid) {
        return AuditRecord.of(RecordType.CONTAINER_INFO).raw("contid", contid).build();
    }

    /** 4.3 CONTAINER_INFO target form: {@code opid=<tgid> contid=<V or chain>}. */
    @Override
    public AuditRecord targetContainerInfo(long opid, String contid) {
        return AuditRecord.of(RecordType.CONTAINER_INFO).num("opid", opid).raw("contid", contid).build();
    }

    /**
     * Linux OBJ_PID (audit_log_pid_context without an LSM: {@code %d}, so an unset loginuid and
     * session print -1); the seed's events do not carry it.
     */
    @Override
    public AuditRecord objPid(Actor t) {
        return AuditRecord.of(RecordType.OBJ_PID).num("opid", t.pid()).num("oauid", (int) t.auid())
                .num("ouid", (int) t.uid()).num("oses", (int) t.ses()).str("ocomm", t.comm()).build();
    }

    /** 4.3 CONTAINER_INFO network form: {@code netns=<inum> contid=<V1>,<V2>,…} (4.2 list). */
    @Override
    public AuditRecord networkContainerInfo(long netns, List<String> contids) {
        return AuditRecord.of(RecordType.CONTAINER_INFO).num("netns", netns).raw("contid", String.join(",", contids))
                .build();
    }

    /** The seed has no CONTAINER_INFO links: the record as it is. */
    @Override
    public AuditRecord linked(AuditRecord annotated, int record) {
        return annotated;
    }

    /** The seed has no CONTAINER_INFO links: the subject form. */
    @Override
    public AuditRecord linkedContainerId(int record, String contids) {
        return subjectContainerInfo(contids);
    }

    /** 4.3 NS_CREATE. */
    @Override
    public AuditRecord nsCreate(String op, long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs) {
        return AuditRecord.of(RecordType.NS_CREATE).raw("op", op).num("pid", pid).u64("contid", contid)
                .raw("nstype", kind.label()).raw("nsdev", nsdev).num("old-ns", oldNs).num("new-ns", newNs).build();
    }

    /** 4.3 NS_DESTROY. */
    @Override
    public AuditRecord nsDestroy(NsKind kind, String nsdev, long ns) {
        return AuditRecord.of(RecordType.NS_DESTROY).raw("nstype", kind.label()).raw("nsdev", nsdev).num("ns", ns)
                .build();
    }

    /** 4.3 NS_CHANGE (always op=setns; nstype=pid means pid_for_children). */
    @Override
    public AuditRecord nsChange(long pid, long contid, NsKind kind, String nsdev, long oldNs, long newNs) {
        return AuditRecord.of(RecordType.NS_CHANGE).raw("op", "setns").num("pid", pid).u64("contid", contid)
                .raw("nstype", kind.label()).raw("nsdev", nsdev).num("old-ns", oldNs).num("new-ns", newNs).build();
    }

    @Override
    public AuditRecord contidSet(Actor writer, long opid, long contid, long oldContid, String nsdev,
            NsInums objectNs, boolean ok) {
        return containerOp("set", writer, opid, contid, oldContid, nsdev, objectNs, ok);
    }

    @Override
    public AuditRecord contidMove(Actor writer, long opid, long contid, long oldContid, String nsdev,
            NsInums objectNs, boolean ok) {
        return containerOp("move", writer, opid, contid, oldContid, nsdev, objectNs, ok);
    }

    @Override
    public AuditRecord contidSetns(Actor task, long contid, long oldContid, String nsdev, NsInums ns) {
        return containerOp("setns", task, task.pid(), contid, oldContid, nsdev, ns, true);
    }

    /** 4.3 CONTAINER op=set|move|setns: writer fields, then the object's namespace block, then res. */
    private static AuditRecord containerOp(String op, Actor w, long opid, long contid, long oldContid, String nsdev,
            NsInums ns, boolean ok) {
        AuditRecord.Builder b = AuditRecord.of(RecordType.CONTAINER).raw("op", op).num("opid", opid)
                .u64("contid", contid).u64("old-contid", oldContid).num("pid", w.pid()).num("uid", w.uid())
                .num("auid", w.auid()).raw("tty", "(none)").num("ses", w.ses()).str("comm", w.comm())
                .str("exe", w.exe());
        nsBlock(b, nsdev, ns);
        return b.num("res", ok ? 1 : 0).build();
    }

    /** 4.3 CONTAINER op=destroy. */
    @Override
    public AuditRecord contidDestroyed(long opid, long contid, String contidText) {
        return AuditRecord.of(RecordType.CONTAINER).raw("op", "destroy").u64("contid", contid).build();
    }

    /**
     * 4.3 CONTAINER_OBJ op=create. Deviation: the model's {@code flags=} prints as {@code ctrflags=},
     * because ausearch -i reads any {@code flags} field as mmap flags (0xc0 as MAP_FILE|MAP_32BIT).
     */
    @Override
    public AuditRecord containerCreated(long ctr, long pctr, String name, long flags, long pid, String nsdev,
            NsInums containerNs) {
        AuditRecord.Builder b = AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "create").num("ctr", ctr)
                .num("pctr", pctr).str("name", name).hex0x("ctrflags", flags).num("pid", pid);
        nsBlock(b, nsdev, containerNs);
        return b.build();
    }

    /** 4.3 CONTAINER_OBJ op=start. */
    @Override
    public AuditRecord containerStarted(long ctr, long opid, long pid) {
        return memberOp("start", ctr, opid, pid);
    }

    /** 4.3 CONTAINER_OBJ op=add. */
    @Override
    public AuditRecord containerMemberAdded(long ctr, long opid, long pid) {
        return memberOp("add", ctr, opid, pid);
    }

    /** CONTAINER_OBJ op=override (supervisor-override.md). */
    @Override
    public AuditRecord containerOverride(long ctr, long opid, long pid, String call, String errno) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "override").num("ctr", ctr).num("opid", opid)
                .num("pid", pid).raw("call", call).raw("errno", errno).build();
    }

    /** CONTAINER_OBJ op=checkpoint (checkpoint-restore.md). */
    @Override
    public AuditRecord containerCheckpoint(long ctr, String image, long tasks, long contid, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "checkpoint").num("ctr", ctr).raw("image", image)
                .num("tasks", tasks).u64("contid", contid).num("pid", pid).build();
    }

    /** CONTAINER_OBJ op=restore (checkpoint-restore.md). */
    @Override
    public AuditRecord containerRestore(long ctr, long oldCtr, String image, long tasks, long contid, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "restore").num("ctr", ctr).num("old-ctr", oldCtr)
                .raw("image", image).num("tasks", tasks).u64("contid", contid).num("pid", pid).build();
    }

    private static AuditRecord memberOp(String op, long ctr, long opid, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", op).num("ctr", ctr).num("opid", opid)
                .num("pid", pid).build();
    }

    /** 4.3 CONTAINER_OBJ op=join. */
    @Override
    public AuditRecord containerJoined(long ctr, long oldCtr, long opid, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "join").num("ctr", ctr).num("old-ctr", oldCtr)
                .num("opid", opid).num("pid", pid).build();
    }

    /** 4.3 CONTAINER_OBJ op=set-ns. */
    @Override
    public AuditRecord containerNamespaceSet(long ctr, NsKind kind, String nsdev, long oldNs, long newNs, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "set-ns").num("ctr", ctr).raw("nstype", kind.label())
                .raw("nsdev", nsdev).num("old-ns", oldNs).num("new-ns", newNs).num("pid", pid).build();
    }

    /** 4.3 CONTAINER_OBJ op=kill-on-close. */
    @Override
    public AuditRecord containerKillOnClose(long ctr, long pid) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "kill-on-close").num("ctr", ctr).num("pid", pid)
                .build();
    }

    /** 4.3 CONTAINER_OBJ op=dead. */
    @Override
    public AuditRecord containerDead(long ctr, long opid, long status, long killed) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "dead").num("ctr", ctr).num("opid", opid)
                .num("status", status).num("killed", killed).build();
    }

    /** 4.3 CONTAINER_OBJ op=destroy. */
    @Override
    public AuditRecord containerDestroyed(long ctr) {
        return AuditRecord.of(RecordType.CONTAINER_OBJ).raw("op", "destroy").num("ctr", ctr).build();
    }

    /** 4.3 LOGIN. */
    @Override
    public AuditRecord login(long pid, long uid, long oldAuid, long auid, long oldSes, long ses, boolean ok) {
        return AuditRecord.of(RecordType.LOGIN).num("pid", pid).num("uid", uid).num("old-auid", oldAuid)
                .num("auid", auid).raw("tty", "(none)").num("old-ses", oldSes).num("ses", ses).num("res", ok ? 1 : 0)
                .build();
    }

    /** SET_CAPCONTID: the upstream v11 layout {@code opid=%d capcontid=%u old-capcontid=%u}. */
    @Override
    public AuditRecord capcontidSet(long opid, long capcontid, long oldCapcontid) {
        return AuditRecord.of(RecordType.SET_CAPCONTID).num("opid", opid).num("capcontid", capcontid)
                .num("old-capcontid", oldCapcontid).build();
    }

    /** 4.3 USER: 4.2 prints the text verbatim as {@code msg='<text>'}. */
    @Override
    public AuditRecord userMessage(Actor sender, String text) {
        return AuditRecord.of(RecordType.USER).num("pid", sender.pid()).num("uid", sender.uid())
                .num("auid", sender.auid()).num("ses", sender.ses()).raw("msg", "'" + text + "'").build();
    }

    /**
     * Linux AVC as SELinux's avc_audit writes a denial, {@code avc:  denied  { PERM } for  pid=
     * comm=} then the contexts; PERM is the operation's script name, tclass {@code container}.
     */
    @Override
    public AuditRecord avcDenied(String operation, Actor subject, String scontext, String tcontext) {
        return AuditRecord.of(RecordType.AVC).text("avc:  denied  { " + operation + " } for ")
                .num("pid", subject.pid()).str("comm", subject.comm()).raw("scontext", scontext)
                .raw("tcontext", tcontext).raw("tclass", "container").num("permissive", 0).build();
    }

    /** 4.3 NETFILTER_PKT (netns= is the seed's addition). */
    @Override
    public AuditRecord netfilterPacket(long mark, String saddr, String daddr, long proto, long netns) {
        return AuditRecord.of(RecordType.NETFILTER_PKT).hex0x("mark", mark).raw("saddr", saddr).raw("daddr", daddr)
                .num("proto", proto).num("netns", netns).build();
    }

    /** The 4.3 namespace block of CONTAINER and CONTAINER_OBJ op=create, kinds in §0.3 order. */
    /** The kinds in canonical order and their field names ("mntns" ...), made once: every container record has them. */
    private static final NsKind[] KINDS = NsKind.values();
    private static final String[] NS_FIELDS = java.util.Arrays.stream(KINDS).map(k -> k.label() + "ns")
            .toArray(String[]::new);

    private static void nsBlock(AuditRecord.Builder b, String nsdev, NsInums ns) {
        b.raw("nsdev", nsdev);
        for (int i = 0; i < KINDS.length; i++) {
            b.num(NS_FIELDS[i], ns.of(KINDS[i]));
        }
    }
}
