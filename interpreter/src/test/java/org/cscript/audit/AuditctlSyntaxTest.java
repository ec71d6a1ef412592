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

/** The auditctl syntax audit engineers write (auditctl.md): arch, -S all, keys, -l, -D -k, -e. */
class AuditctlSyntaxTest {

    private static String listing(AuditRules rules, String command) throws AuditRuleException {
        return rules.apply(command).listing();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        -a always,exit -F arch=b64 -S execve -k web                  | -a always,exit -F arch=b64 -S execve -F key=web
        -a exit,always -F arch=b64 -S execve -F key=web              | -a always,exit -F arch=b64 -S execve -F key=web
        -a always,exit -F arch=x86_64 -S 59                          | -a always,exit -F arch=b64 -S execve
        -a always,exit -F arch=0xc000003e -S execve                  | -a always,exit -F arch=b64 -S execve
        -a always,exit -F arch=b32 -S execve                         | -a always,exit -F arch=b32 -S execve
        -a never,exit -F arch!=b64                                   | -a never,exit -F arch!=b64 -S all
        -a always,exit -F arch=b64 -S all -F success=0               | -a always,exit -F arch=b64 -S all -F success=0
        -a always,exit -S unshare -S setns,execve -S clone           | -a always,exit -S clone,execve,unshare,setns
        -a always,exit -S all -S execve                              | -a always,exit -S all
        -a always,exit -F exit=-EACCES -F exit!=-13 -F exit>=3       | -a always,exit -S all -F exit=-EACCES -F exit!=-EACCES -F exit>=3
        -a always,exit -F auid>=1000 -F auid!=unset -F ses=-1        | -a always,exit -S all -F auid>=1000 -F auid!=-1 -F ses=-1
        -a always,exit -F uid=0 -F euid!=0 -F gid<5 -F pid>1 -F ppid<=1 | -a always,exit -S all -F uid=0 -F euid!=0 -F gid<5 -F pid>1 -F ppid<=1
        -a always,exit -F contid=42 -F contid_tree=7 -k a -k b       | -a always,exit -S all -F contid=42 -F contid_tree=7 -F key=a -F key=b
        -k first -a always,exit -F key=second -S kill                | -a always,exit -S kill -F key=first -F key=second
        -a never,exclude -F msgtype=ns_create                        | -a never,exclude -F msgtype=NS_CREATE
        -a always,exit -F perm=wa                                    | -a always,exit -S all -F perm=wa
        -a always,exit -p xr                                         | -a always,exit -S all -F perm=rx
        """)
    void rulesListAsAuditctlPrintsThem(String command, String line) throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply(command);
        assertEquals(line, listing(rules, "-l"));
        AuditRules again = new AuditRules();
        again.apply(line);
        assertEquals(line, listing(again, "-l"), "the listed line applies back");
        List<AuditRule> before = rules.exitRules().isEmpty() ? rules.excludeRules() : rules.exitRules();
        List<AuditRule> after = again.exitRules().isEmpty() ? again.excludeRules() : again.exitRules();
        assertTrue(before.getFirst().sameRule(after.getFirst()), "to the same rule");
    }

    @Test
    void listingIsExitListThenExcludeListOrNoRules() throws Exception {
        AuditRules rules = new AuditRules();
        assertEquals("No rules", listing(rules, "-l"));
        rules.apply("-a never,exclude -F msgtype=USER");
        rules.apply("-a always,exit -F arch=b64 -S execve -k web");
        rules.apply("-A exit,never -F auid=unset -k noise");
        assertEquals("-a never,exit -S all -F auid=-1 -F key=noise\n"
                + "-a always,exit -F arch=b64 -S execve -F key=web\n"
                + "-a never,exclude -F msgtype=USER", listing(rules, "-l"));
        assertEquals("-a never,exit -S all -F auid=unset -F key=noise\n"
                + "-a always,exit -F arch=x86_64 -S execve -F key=web\n"
                + "-a never,exclude -F msgtype=USER", listing(rules, "-l -i"));
        assertEquals("-a always,exit -F arch=b64 -S execve -F key=web", listing(rules, "-l -k we"));
        assertEquals("No rules", listing(rules, "-l -k nothing"));
        assertNull(rules.apply("-a always,exit -k x").listing());
    }

    @Test
    void capitalDWithAKeyDeletesTheRulesWhoseKeyContainsIt() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S execve -k web-exec");
        rules.apply("-a always,exit -S kill -k db -k web");
        rules.apply("-a always,exit -S setns -k db");
        rules.apply("-a never,exclude -F msgtype=USER");
        rules.apply("-D -k web");
        assertEquals("-a always,exit -S setns -F key=db\n-a never,exclude -F msgtype=USER", listing(rules, "-l"));
        rules.apply("-D");
        assertEquals("No rules", listing(rules, "-l"));
    }

    @Test
    void archB64MatchesEverySyscallEventAndB32None() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -F arch=b32 -S execve -k b32");
        rules.apply("-a always,exit -F arch=b64 -S execve -k b64");
        assertEquals("b64", rules.firstExitMatch(new TestSubject()).key());
        AuditRules not32 = new AuditRules();
        not32.apply("-a always,exclude -F msgtype=USER");
        not32.apply("-a always,exit -F arch!=b32");
        assertTrue(not32.firstExitMatch(new TestSubject().syscall(Syscall.KILL, true, 0)) != null);
        AuditRules anyArch = new AuditRules();
        anyArch.apply("-a always,exit -F arch=b64");
        TestSubject noSyscall = new TestSubject();
        noSyscall.syscall = null;
        assertNull(anyArch.firstExitMatch(noSyscall), "an event without a syscall has no arch");
    }

    @Test
    void severalKeysAreJoinedWithTheSeparatorAndPrintedHex() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S execve -k exec -F key=web");
        AuditRule rule = rules.firstExitMatch(new TestSubject());
        assertEquals("exec\u0001web", rule.key());
        assertEquals(List.of("exec", "web"), rule.keys());
        assertEquals("6578656301776562", AuditRecord.untrusted(rule.key()), "printed as hex: it holds 0x01");
        String longKey = "k".repeat(128);
        rules.apply("-a always,exit -k " + longKey + " -k " + "k".repeat(127));
        AuditRuleException tooLong = assertThrows(AuditRuleException.class,
                () -> rules.apply("-a always,exit -k " + longKey + " -k " + longKey));
        assertTrue(tooLong.getMessage().startsWith("-k keys longer than 256 bytes (joined by 0x01)"), tooLong.getMessage());
    }

    @Test
    void successAndExitFilters() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S openat -F success=0 -F exit=-EACCES -k denied");
        rules.apply("-a always,exit -S openat -F success=1 -F exit>=3 -k opened");
        assertEquals("denied", rules.firstExitMatch(new TestSubject().syscall(Syscall.OPENAT, false, -13)).key());
        assertEquals("opened", rules.firstExitMatch(new TestSubject().syscall(Syscall.OPENAT, true, 4)).key());
        assertNull(rules.firstExitMatch(new TestSubject().syscall(Syscall.OPENAT, false, -2)));
    }

    @Test
    void minusSAllIsTheRuleWithoutMinusS() throws Exception {
        AuditRules rules = new AuditRules();
        rules.apply("-a always,exit -S all -F uid=0");
        rules.apply("-d always,exit -F uid=0");
        assertTrue(rules.exitRules().isEmpty());
    }

    @Test
    void minusEHandsTheStateBack() throws Exception {
        AuditRules rules = new AuditRules();
        assertEquals(Boolean.FALSE, rules.apply("-e 0").enable());
        assertEquals(Boolean.TRUE, rules.apply("-e 1").enable());
        assertEquals("-e 2 (locking the rules until reboot) is not modelled: -e 2",
                assertThrows(AuditRuleException.class, () -> rules.apply("-e 2")).getMessage());
        assertEquals("-e needs 0, 1 or 2, got 'on': -e on",
                assertThrows(AuditRuleException.class, () -> rules.apply("-e on")).getMessage());
        assertEquals("-e takes no other option: -e 1 -k x",
                assertThrows(AuditRuleException.class, () -> rules.apply("-e 1 -k x")).getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        -a always,exit -S execve -F arch=b64   | -F arch=b64 must be before -S (auditctl reads -S by the rule's arch): -a always,exit -S execve -F arch=b64
        -a always,exit -F arch=b16             | machine type not found: 'b16' (b64, b32, x86_64, i386 or an AUDIT_ARCH number) for field 'arch' in -F arch=b16
        -a always,exit -F arch=0x3e            | elf mapping not found for '0x3e' (x86_64 is 0xc000003e, i386 0x40000003) for field 'arch' in -F arch=0x3e
        -a always,exit -F arch<b64             | operator '<' is not allowed for field 'arch' in -F arch<b64 (allowed: = !=)
        -a never,exclude -F arch=b64           | field 'arch' (-F arch=b64) can only be used with the exit filter list: -a never,exclude -F arch=b64
        -a always,exit -F perm=rwxq            | permission can only contain 'rwxa', got 'rwxq' for field 'perm' in -F perm=rwxq
        -a always,exit -F perm=rwxar           | permission 'rwxar' must be 1 to 4 of r, w, x, a for field 'perm' in -F perm=rwxar
        -a always,exit -F perm!=r              | operator '!=' is not allowed for field 'perm' in -F perm!=r (allowed: =)
        -a never,exclude -p r                  | -p r can only be used with the exit filter list: -a never,exclude -p r
        -a never,exclude -S all                | -S is only valid on the exit list: -a never,exclude -S all
        -l -S execve                           | -l takes no other option than one -k key or -i: -l -S execve
        -l -k a -i                             | -l takes -k key or -i, not both: -l -k a -i
        -a always,exit -i                      | -i is only valid with -l: -a always,exit -i
        -a always,exit -k a\u0001b             | key a\u0001b has the illegal character 0x01 (the key separator): -a always,exit -k a\u0001b
        -l -D                                  | more than one of -a/-A/-d/-w/-W/-D/-l/-e in audit rule (second: -D): -l -D
        -s                                     | auditctl option -s is not modelled: -s (options: -a -A -d list,action, -w -W path, -D, -l, -e 0 or 1, -S syscall, -F field<op>value, -k key, -p perms, -i)
        """)
    void refused(String command, String message) {
        String text = command.replace("\\u0001", "\u0001");
        AuditRuleException e = assertThrows(AuditRuleException.class, () -> new AuditRules().apply(text));
        assertEquals(message.replace("\\u0001", "\u0001"), e.getMessage());
        assertFalse(e.notFound());
    }
}
