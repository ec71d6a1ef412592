package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cscript.abi.NsKind;
import org.cscript.abi.Unset;
import org.junit.jupiter.api.Test;

/** The seed layouts of kernel-model.md §4.3, field by field, for the forms with shared blocks. */
class RecordCatalogueTest {
    private static final RecordCatalogue SEED = RecordCatalogue.seed();
    private static final RecordCatalogue.Actor RUNC =
            new RecordCatalogue.Actor(100, 0, Unset.U32, Unset.U32, "runc", "/usr/bin/runc");
    private static final RecordCatalogue.NsInums NS = RecordCatalogue.NsInums.of(k -> 4026532000L + k.ordinal());

    private static String body(AuditRecord r) {
        String line = r.format(false, false, 0, 1);
        return line.substring(line.indexOf("): ") + 3);
    }

    @Test
    void containerOpCarriesTheWriterThenTheObjectsNamespaces() {
        String tail = " pid=100 uid=0 auid=4294967295 tty=(none) ses=4294967295 comm=\"runc\" exe=\"/usr/bin/runc\""
                + " nsdev=00:04 mntns=4026532000 utsns=4026532001 ipcns=4026532002 userns=4026532003"
                + " pidns=4026532004 netns=4026532005 cgroupns=4026532006";
        assertEquals("op=set opid=101 contid=7 old-contid=18446744073709551615" + tail + " res=0",
                body(SEED.contidSet(RUNC, 101, 7, Unset.U64, "00:04", NS, false)));
        assertEquals("op=move opid=101 contid=8 old-contid=7" + tail + " res=1",
                body(SEED.contidMove(RUNC, 101, 8, 7, "00:04", NS, true)));
        assertEquals("op=setns opid=100 contid=7 old-contid=8" + tail + " res=1",
                body(SEED.contidSetns(RUNC, 7, 8, "00:04", NS)));
        assertEquals("op=destroy contid=7", body(SEED.contidDestroyed(101, 7, "7,^3")));
    }

    @Test
    void containerCreatedHasFlagsInHexAndAnUntrustedName() {
        assertEquals("op=create ctr=2 pctr=1 name=61620A ctrflags=0x3f9 pid=100 nsdev=00:04 mntns=4026532000"
                + " utsns=4026532001 ipcns=4026532002 userns=4026532003 pidns=4026532004 netns=4026532005"
                + " cgroupns=4026532006", body(SEED.containerCreated(2, 1, "ab\n", 0x3f9, 100, "00:04", NS)));
    }

    @Test
    void namespaceAndInfoForms() {
        assertEquals("op=unshare pid=100 contid=18446744073709551615 nstype=net nsdev=00:04 old-ns=1 new-ns=2",
                body(SEED.nsCreate("unshare", 100, Unset.U64, NsKind.NET, "00:04", 1, 2)));
        assertEquals("op=setns pid=100 contid=7 nstype=pid nsdev=00:04 old-ns=1 new-ns=2",
                body(SEED.nsChange(100, 7, NsKind.PID, "00:04", 1, 2)));
        assertEquals("netns=5 contid=3^1,4", body(SEED.networkContainerInfo(5, List.of("3^1", "4"))));
        assertEquals("opid=9 contid=3", body(SEED.targetContainerInfo(9, "3")));
        assertEquals("pid=100 uid=0 auid=4294967295 ses=4294967295 msg='hi there'",
                body(SEED.userMessage(RUNC, "hi there")));
    }

    @Test
    void containerNamespaceSetNamesTheSlotAndBothNamespaces() {
        assertEquals("op=set-ns ctr=2 nstype=net nsdev=00:04 old-ns=4026531992 new-ns=4026532000 pid=100",
                body(SEED.containerNamespaceSet(2, NsKind.NET, "00:04", 4026531992L, 4026532000L, 100)));
        assertEquals(RecordType.CONTAINER_OBJ, SEED.containerNamespaceSet(1, NsKind.USER, "00:04", 1, 2, 100).type());
    }

    @Test
    void pathAndCwdHaveTheLinuxLayouts() {
        PathName dev = new PathName("dev/null", PathName.NameType.CREATE, 19, 0, 0x21, 0020666, 0, 0, 1, 3);
        assertEquals("item=1 name=\"dev/null\" inode=19 dev=00:21 mode=020666 ouid=0 ogid=0 rdev=01:03"
                + " nametype=CREATE cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0", body(SEED.path(1, dev)));
        PathName spaced = new PathName("/my dir/", PathName.NameType.PARENT, 2, 0, 0x121, 040700, 1000, 100, 0, 0);
        assertEquals("item=0 name=2F6D79206469722F inode=2 dev=00:121 mode=040700 ouid=1000 ogid=100 rdev=00:00"
                + " nametype=PARENT cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0", body(SEED.path(0, spaced)));
        assertEquals("cwd=\"/\"", body(SEED.cwd("/")));
        assertEquals(RecordType.CWD, SEED.cwd("/x").type());
    }

    @Test
    void upstreamV11ContainerOpHasNoSubjectFieldsAndPrintsUnsetAsMinusOne() {
        RecordCatalogue v11 = RecordCatalogue.upstream();
        assertEquals("op=set opid=101 contid=7 old-contid=-1",
                body(v11.contidSet(RUNC, 101, 7, Unset.U64, "00:04", NS, false)));
        assertEquals("op=set opid=101 contid=-1 old-contid=7",
                body(v11.contidSet(RUNC, 101, Unset.U64, 7, "00:04", NS, false)));
        assertEquals("op=drop opid=101 contid=-1 old-contid=7,^3", body(v11.contidDestroyed(101, 7, "7,^3")));
        assertEquals(body(SEED.nsDestroy(NsKind.NET, "00:04", 5)), body(v11.nsDestroy(NsKind.NET, "00:04", 5)));
    }

    @Test
    void upstreamV11LinksEachContainerIdToTheRecordItAnnotates() {
        RecordCatalogue v11 = RecordCatalogue.upstream();
        List<AuditRecord> linked = v11.link(List.of(v11.netfilterPacket(0, "a", "b", 6, 5),
                v11.networkContainerInfo(5, List.of("2,^1", "3,^1"))));
        assertEquals("mark=0x0 saddr=a daddr=b proto=6 netns=5 record=1", body(linked.get(0)));
        assertEquals("record=1 contid=2,^1,3,^1", body(linked.get(1)));
        List<AuditRecord> user = v11.link(List.of(v11.userMessage(RUNC, "hi"), v11.subjectContainerInfo("4,^2")));
        assertEquals("pid=100 uid=0 auid=4294967295 ses=4294967295 msg='hi' record=1", body(user.get(0)));
        List<AuditRecord> seed = List.of(SEED.netfilterPacket(0, "a", "b", 6, 5), SEED.subjectContainerInfo("4"));
        assertEquals(seed, SEED.link(seed));
    }

    @Test
    void upstreamV11SignalTargetIsAnObjPidLinkedToItsContainerId() {
        RecordCatalogue v11 = RecordCatalogue.upstream();
        List<AuditRecord> event = new java.util.ArrayList<>(
                List.of(v11.userMessage(RUNC, "hi"), v11.subjectContainerInfo("1")));
        event.addAll(v11.signalTarget(RUNC, "4,^2"));
        List<AuditRecord> linked = v11.link(event);
        assertEquals("record=1 contid=1", body(linked.get(1)));
        assertEquals("opid=100 oauid=-1 ouid=0 oses=-1 ocomm=\"runc\" record=2", body(linked.get(2)));
        assertEquals("record=2 contid=4,^2", body(linked.get(3)));
        assertEquals(List.of(SEED.targetContainerInfo(100, "4")).size(), SEED.signalTarget(RUNC, "4").size());
    }
}
