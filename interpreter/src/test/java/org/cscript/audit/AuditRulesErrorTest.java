package org.cscript.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed rule is refused with a precise message (EINVAL in the kernel, §4.5, OP-50). */
class AuditRulesErrorTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        -a always,exit -F foo=1          | unknown field 'foo' in -F foo=1 (fields: pid, ppid, uid, euid, gid, auid, ses, success, exit, arch, perm, path, dir, contid, contid_tree, msgtype, key)
        -a always,exit -F exe=/bin/sh    | unknown field 'exe' in -F exe=/bin/sh (fields: pid, ppid, uid, euid, gid, auid, ses, success, exit, arch, perm, path, dir, contid, contid_tree, msgtype, key)
        -a always,exit -F contid<5       | operator '<' is not allowed for field 'contid' in -F contid<5 (allowed: = !=)
        -a always,exit -F contid_tree!=5 | operator '!=' is not allowed for field 'contid_tree' in -F contid_tree!=5 (allowed: =)
        -a always,exit -F contid_tree>=5 | operator '>=' is not allowed for field 'contid_tree' in -F contid_tree>=5 (allowed: =)
        -a always,exit -F success!=1     | operator '!=' is not allowed for field 'success' in -F success!=1 (allowed: =)
        -a never,exclude -F msgtype>USER | operator '>' is not allowed for field 'msgtype' in -F msgtype>USER (allowed: = !=)
        -a always,exit -F pid&1          | unknown operator in -F pid&1 (operators: = != < > <= >=)
        -a always,exit -F contid         | -F contid has no operator and value (expected contid=value)
        -a always,exit -F =5             | -F needs field<op>value, got '=5': -a always,exit -F =5
        -a always,exit -F pid=           | missing value in -F pid=
        -a always,exit -F pid=abc        | bad value 'abc': expected a signed 64-bit decimal or 0x hex number for field 'pid' in -F pid=abc
        -a always,exit -F pid=+5         | bad value '+5': expected a signed 64-bit decimal or 0x hex number for field 'pid' in -F pid=+5
        -a always,exit -F uid=4294967296 | value 4294967296 is out of range (0..4294967295, -1 or unset) for field 'uid' in -F uid=4294967296
        -a always,exit -F pid=-1         | value -1 is out of range (0..4294967295) for field 'pid' in -F pid=-1
        -a always,exit -F success=2      | value 2 is out of range (0 or 1) for field 'success' in -F success=2
        -a always,exit -F contid=18446744073709551616 | bad value '18446744073709551616': expected an unsigned 64-bit decimal or 0x hex number (0..18446744073709551615) for field 'contid' in -F contid=18446744073709551616
        -a always,exit -F contid=-1      | bad value '-1': expected an unsigned 64-bit decimal or 0x hex number (0..18446744073709551615) for field 'contid' in -F contid=-1
        -a always,exit -F exit=0x        | bad value '0x': expected a signed 64-bit decimal or 0x hex number for field 'exit' in -F exit=0x
        -a always,exit -F exit=-ENOPE    | unknown errno name 'ENOPE' (the names are those of docs/builtins/constants.md) for field 'exit' in -F exit=-ENOPE
        -a always,exit -F msgtype=USER   | field 'msgtype' is only valid on the exclude and user lists: -F msgtype=USER
        -a never,exclude -F msgtype=FOO  | unknown record type 'FOO' in -F msgtype=FOO (types: SYSCALL, CONTAINER, CONTAINER_OP, CONTAINER_INFO, CONTAINER_ID, NS_CREATE, NS_DESTROY, NS_CHANGE, CONTAINER_OBJ, LOGIN, USER, NETFILTER_PKT, CWD, PATH, SET_CAPCONTID, OBJ_PID, AVC, or a number)
        -a always,exit -S frobnicate     | unknown syscall 'frobnicate' in -S frobnicate: -a always,exit -S frobnicate
        -a always,exit -S execve,nope    | unknown syscall 'nope' in -S execve,nope: -a always,exit -S execve,nope
        -a always,exit -S 9999           | unknown syscall '9999' in -S 9999: -a always,exit -S 9999
        -a never,exclude -S execve       | -S is only valid on the exit list: -a never,exclude -S execve
        -S execve -F pid=1               | missing -a list,action (or -A, -d, -w, -W, -D, -l, -e) in audit rule: -S execve -F pid=1
        -a exit                          | -a needs list,action (e.g. always,exit), got 'exit': -a exit
        -a                               | -a needs list,action (e.g. always,exit): -a
        -a -S execve                     | -a needs list,action (e.g. always,exit): -a -S execve
        -a always,                       | -a needs one list and one action (e.g. always,exit), got 'always,': -a always,
        -a exit,exclude                  | two lists in -a exit,exclude: -a exit,exclude
        -a always,never                  | two actions in -a always,never: -a always,never
        -a sometimes,exit                | unknown list or action 'sometimes' in -a sometimes,exit (lists: exit, exclude, user; actions: always, never): -a sometimes,exit
        -a always,task                   | filter list 'task' is not modelled (only exit, exclude and user): -a always,task
        -a always,exit -a always,exit    | more than one of -a/-A/-d/-w/-W/-D/-l/-e in audit rule (second: -a): -a always,exit -a always,exit
        -D -a always,exit                | more than one of -a/-A/-d/-w/-W/-D/-l/-e in audit rule (second: -a): -D -a always,exit
        -D -S execve                     | -D takes no other option than one -k key: -D -S execve
        -D -k a -k b                     | -D takes no other option than one -k key: -D -k a -k b
        -a always,exit -k                | -k needs a key: -a always,exit -k
        -a always,exit -F key!=a         | field 'key' takes only '=' in -F key!=a
        -a always,exit -k ""             | empty -k key: -a always,exit -k ""
        -a always,exit -F pid=1 extra    | unexpected 'extra' in audit rule: -a always,exit -F pid=1 extra (options: -a -A -d list,action, -w -W path, -D, -l, -e 0 or 1, -S syscall, -F field<op>value, -k key, -p perms, -i)
        -a always,exit -k "open          | unterminated " quote at column 19 in audit rule: -a always,exit -k "open
        `   `                            | empty audit rule: expected -a/-A/-d list,action ..., -w/-W path ..., -D, -l or -e N
        """)
    void refusedWithMessage(String rule, String message) {
        AuditRuleException e = assertThrows(AuditRuleException.class, () -> new AuditRules().apply(rule));
        assertEquals(message, e.getMessage());
        assertFalse(e.notFound(), "a malformed rule is EINVAL, not ENOENT");
    }
}
