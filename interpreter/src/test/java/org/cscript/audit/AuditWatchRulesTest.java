package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cscript.abi.Syscall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Watch rules (-w, -W, -F path=, -F dir=, -p) without a kernel: their shape, listing, matching and records. */
class AuditWatchRulesTest {
    private static final PathName PASSWD = new PathName("/etc/passwd", PathName.NameType.NORMAL, 16, 0, 0x21,
            0100644, 0, 0, 0, 0);

    /** A filesystem where /etc is a directory and the watched objects are the names with inode 16. */
    private static final WatchResolver FS = new WatchResolver() {
        @Override
        public boolean isDirectory(String path) {
            return path.equals("/etc");
        }

        @Override
        public WatchTarget watch(String path) {
            return n -> n.inode() == 16;
        }

        @Override
        public WatchTarget tree(String path) {
            return n -> n.name().startsWith("/etc");
        }
    };

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        -w /etc/passwd -p wa -k pw                              | -w /etc/passwd -p wa -k pw
        -w /etc/passwd                                          | -w /etc/passwd -p rwxa
        -w /etc/ -p w -k a -k b                                 | -w /etc -p w -k a -k b
        -w /etc/passwd -k pw -p ar                              | -w /etc/passwd -p ra -k pw
        -a always,exit -F path=/etc/passwd -F perm=wa -F key=pw | -w /etc/passwd -p wa -k pw
        -a always,exit -F dir=/etc -F perm=x                    | -w /etc -p x
        -a always,exit -F arch=b64 -F path=/etc/passwd -F perm=wa | -a always,exit -F arch=b64 -S all -F path=/etc/passwd -F perm=wa
        -w /etc/passwd -p wa -F auid>=1000 -k pw                | -a always,exit -S all -F path=/etc/passwd -F perm=wa -F auid>=1000 -F key=pw
        -a always,exit -S openat -F path=/etc/passwd -F perm=r  | -a always,exit -S openat -F path=/etc/passwd -F perm=r
        """)
    void watchesListAsAuditctlPrintsThem(String command, String line) throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply(command, FS);
        assertEquals(line, rules.apply("-l").listing());
        rules.apply(line.startsWith("-w") ? "-W" + line.substring(2) : "-d" + line.substring(2), FS);
        assertEquals("No rules", rules.apply("-l").listing(), "the listed line deletes the rule");
    }

    @Test
    void minusWDeletesOnlyTheIdenticalWatch() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-w /etc/passwd -p wa -k pw", FS);
        AuditRuleException e = assertThrows(AuditRuleException.class, () -> rules.apply("-W /etc/passwd", FS));
        assertTrue(e.notFound());
        assertEquals("no such rule to delete: -w /etc/passwd -p rwxa", e.getMessage());
        assertThrows(AuditRuleException.class, () -> rules.apply("-W /etc/passwd -p wa -k other", FS));
        rules.apply("-W /etc/passwd -p wa -k pw", FS);
        assertTrue(rules.exitRules().isEmpty());
    }

    @Test
    void aWatchMatchesANameOfItsObjectWithAMatchingPermission() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-w /etc/passwd -p w -k pw", FS);
        TestSubject open = new TestSubject().syscall(Syscall.OPENAT, true, 3);
        open.names = List.of(PASSWD);
        assertNull(rules.firstExitMatch(open), "O_RDONLY is a read");
        open.args[2] = 0x41;  // O_WRONLY|O_CREAT
        assertEquals("pw", rules.firstExitMatch(open).key());
        open.args[2] = 0x40;  // O_RDONLY|O_CREAT: the access mode decides, not the creation
        assertNull(rules.firstExitMatch(open));
        open.args[2] = 2;     // O_RDWR
        assertEquals("pw", rules.firstExitMatch(open).key());
        open.names = List.of(new PathName("/etc/shadow", PathName.NameType.NORMAL, 17, 0, 0x21, 0100600, 0, 0, 0, 0));
        assertNull(rules.firstExitMatch(open), "another file");
        TestSubject exec = new TestSubject();
        exec.names = List.of(PASSWD);
        assertNull(rules.firstExitMatch(exec), "exec is x");
        rules.apply("-w /etc/passwd -p x -k run", FS);
        assertEquals("run", rules.firstExitMatch(exec).key());
        TestSubject mkdir = new TestSubject().syscall(Syscall.MKDIRAT, true, 0);
        mkdir.names = List.of(PASSWD);
        assertEquals("pw", rules.firstExitMatch(mkdir).key(), "mkdirat is a write");
        TestSubject kill = new TestSubject().syscall(Syscall.KILL, true, 0);
        kill.names = List.of(PASSWD);
        assertNull(rules.firstExitMatch(kill), "kill is in no perm class");
    }

    @Test
    void aWatchEventCarriesCwdAndPathRecordsBeforeContainerInfo() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-w /etc -p w -k etc", FS);
        rules.apply("-a always,exit -S openat -k plain");
        SubjectSnapshot s = new SubjectSnapshot(101, 100, 0, 0, 0, 0, 0, 0, 0, 0, 4294967295L, 4294967295L, "c",
                "/c", 42, "42", v -> v == 42, null);
        long[] args = {-100, 0, 0x41, 0644};
        PathName parent = new PathName("/etc/", PathName.NameType.PARENT, 5, 0, 0x21, 040755, 0, 0, 0, 0);
        PathName created = new PathName("/etc/x", PathName.NameType.CREATE, 16, 0, 0x21, 0100644, 0, 0, 0, 0);
        AuditEvent e = AuditEvent.syscall(s, Syscall.OPENAT, args, true, 3).addNames(List.of(parent, created), "/");
        List<AuditRecord> out = EventAssembler.assemble(e, rules, RecordCatalogue.seed(), false);
        assertEquals(List.of(RecordType.SYSCALL, RecordType.CWD, RecordType.PATH, RecordType.PATH,
                RecordType.CONTAINER_INFO), out.stream().map(AuditRecord::type).toList());
        assertEquals("2", out.getFirst().value("items"));
        assertEquals("\"etc\"", out.getFirst().value("key"));
        assertEquals("1", out.get(3).value("item"));
        AuditEvent outside = AuditEvent.syscall(s, Syscall.OPENAT, args, true, 3)
                .addNames(List.of(new PathName("/tmp/", PathName.NameType.PARENT, 12, 0, 0x21, 040755, 0, 0, 0, 0)), "/");
        List<AuditRecord> plain = EventAssembler.assemble(outside, rules, RecordCatalogue.seed(), false);
        assertEquals(List.of(RecordType.SYSCALL, RecordType.CONTAINER_INFO), plain.stream().map(AuditRecord::type).toList(),
                "a rule without a path writes no PATH records");
        assertEquals("0", plain.getFirst().value("items"));
        rules.apply("-a never,exclude -F msgtype=PATH");
        assertEquals(List.of(RecordType.SYSCALL, RecordType.CWD, RecordType.CONTAINER_INFO),
                EventAssembler.assemble(e, rules, RecordCatalogue.seed(), false).stream().map(AuditRecord::type).toList());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        -w etc/passwd                          | the watch path must start with '/': -w etc/passwd
        -w /etc/passwd -S openat               | a watch applies to every syscall: -w takes no -S: -w /etc/passwd -S openat
        -w /etc/passwd -F arch=b64             | -F arch=b64 must be before -S (auditctl reads -S by the rule's arch): -w /etc/passwd -F arch=b64
        -w /etc/passwd -p z                    | permission can only contain 'rwxa', got 'z' in -p z
        -a always,exit -F path=etc             | -F path=etc: the path must be absolute (at most 4096 bytes): -a always,exit -F path=etc
        -a always,exit -F path=/etc/           | -F path=/etc/: a path watch must not end with '/' (use dir=): -a always,exit -F path=/etc/
        -a always,exit -F path!=/etc/passwd    | operator '!=' is not allowed for field 'path' in -F path!=/etc/passwd (allowed: =)
        -a always,exit -F path=/a -F dir=/b    | only one path or dir per rule (second: dir=/b): -a always,exit -F path=/a -F dir=/b
        -a never,exclude -F dir=/etc           | field 'dir' (-F dir=/etc) can only be used with the exit filter list: -a never,exclude -F dir=/etc
        -w /etc/passwd -a always,exit          | more than one of -a/-A/-d/-w/-W/-D/-l/-e in audit rule (second: -a): -w /etc/passwd -a always,exit
        """)
    void refused(String command, String message) {
        AuditRuleException e = assertThrows(AuditRuleException.class, () -> new AuditRules().apply(command, FS));
        assertEquals(message, e.getMessage());
        assertFalse(e.notFound());
    }
}
