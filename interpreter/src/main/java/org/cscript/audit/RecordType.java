package org.cscript.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit record types (kernel-model.md 4.3) with their names and numbers under either naming
 * ({@code audit.record_names}): the seed's CONTAINER and CONTAINER_INFO are proposals, numbered
 * 1344 and 1345 next to the other proposals (1340-1343) so that the real ausearch groups them
 * with their event; the upstream v11 series names them CONTAINER_OP (1020) and CONTAINER_ID
 * (1336) (upstream-audit.md "Record types").
 *
 * <p>Why 13xx: ausearch 3.0.9 (src/ausearch-lol.c, check_events) closes an event right after
 * its first record when that record's type is below 1300 (AUDIT_FIRST_EVENT) or a name it does
 * not know, so a record logged during a call, before its SYSCALL record, must be a 13xx number
 * printed as auditd prints it ({@code UNKNOWN[1340]}) to stay in its event.
 */
public enum RecordType {
    SYSCALL(1300), CONTAINER(1344, 1020), CONTAINER_INFO(1345, 1336), NS_CREATE(1340), NS_DESTROY(1341),
    NS_CHANGE(1342), CONTAINER_OBJ(1343), LOGIN(1006), USER(1005), NETFILTER_PKT(1324),
    /** Linux AUDIT_CWD: the working directory of an event that resolved names (after a watch matched). */
    CWD(1307),
    /** Linux AUDIT_PATH: one record per name an event resolved (after a watch matched). */
    PATH(1302),
    /** The upstream series' AUDIT_SET_CAPCONTID: a write of /proc/T/audit_capcontainerid (an upstream extension). */
    SET_CAPCONTID(1022),
    /** Linux AUDIT_OBJ_PID: a signalled task (the upstream v11 layouts only, linked to its CONTAINER_ID). */
    OBJ_PID(1318),
    /** Linux AUDIT_AVC: a denial by a container's security policy (docs/proposals/container-policy.md). */
    AVC(1400);

    /**
     * The names auditd 3.0.9 (lib/msg_typetab.h) prints for the numbers this model writes; it
     * prints {@code UNKNOWN[N]} for any other. 1336 was given to io_uring (URINGOP) after v11.
     */
    private static final Map<Integer, String> AUDITD_3_0_9_NAMES = Map.of(1005, "USER", 1006, "LOGIN",
            1300, "SYSCALL", 1302, "PATH", 1307, "CWD", 1318, "OBJ_PID", 1324, "NETFILTER_PKT", 1336, "URINGOP", 1400, "AVC");

    private static final Pattern UNKNOWN = Pattern.compile("UNKNOWN\\[(\\d{1,7})]");

    private final int seedNumber;
    private final int upstreamNumber;

    RecordType(int number) {
        this(number, number);
    }

    RecordType(int seedNumber, int upstreamNumber) {
        this.seedNumber = seedNumber;
        this.upstreamNumber = upstreamNumber;
    }

    /** The number under the seed ({@code false}) or upstream naming. */
    public int number(boolean upstreamNames) {
        return upstreamNames ? upstreamNumber : seedNumber;
    }

    /** The design's name under either naming: what scripts, rules and the reference use. */
    public String printedName(boolean upstreamNames) {
        if (upstreamNames) {
            if (this == CONTAINER) {
                return "CONTAINER_OP";
            }
            if (this == CONTAINER_INFO) {
                return "CONTAINER_ID";
            }
        }
        return name();
    }

    /**
     * What follows {@code type=} in a trace: the design's name, or ({@code asAuditd}, knob
     * audit.type_text = auditd) the text auditd 3.0.9 writes for this number.
     */
    public String text(boolean upstreamNames, boolean asAuditd) {
        String[] made = texts;
        if (made == null) {
            // once per type: every record prints its type, and "UNKNOWN[" + n + "]" is a new string
            made = new String[] {computeText(false, false), computeText(false, true), computeText(true, false),
                computeText(true, true)};
            texts = made;
        }
        return made[(upstreamNames ? 2 : 0) + (asAuditd ? 1 : 0)];
    }

    /** The four texts of {@link #text}, made on first use (a benign race: each thread makes the same). */
    private volatile String[] texts;

    private String computeText(boolean upstreamNames, boolean asAuditd) {
        if (!asAuditd) {
            return printedName(upstreamNames);
        }
        int n = number(upstreamNames);
        String known = AUDITD_3_0_9_NAMES.get(n);
        return known != null ? known : "UNKNOWN[" + n + "]";
    }

    /**
     * The design name of a type as a trace prints it under either text: {@code UNKNOWN[1340]}
     * is NS_CREATE, {@code URINGOP} is CONTAINER_ID; any other text is returned unchanged. The
     * seed and upstream numbers of the renamed types differ, so a number names one type.
     */
    public static String designName(String printed) {
        Matcher m = UNKNOWN.matcher(printed);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            RecordType t = ofNumber(n);
            if (t != null) {
                return t.printedName(t.seedNumber != n);
            }
        } else if (printed.equals("URINGOP")) {
            return CONTAINER_INFO.printedName(true);
        }
        return printed;
    }

    /**
     * The number ausearch 3.0.9 reads from a type text (lib/lookup_table.c, audit_name_to_msg_type):
     * {@code UNKNOWN[N]} is N, a name it knows is its number, any other name is -1. Covers the
     * texts this model prints.
     */
    static int auditdNumber(String typeText) {
        Matcher m = UNKNOWN.matcher(typeText);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        for (Map.Entry<Integer, String> e : AUDITD_3_0_9_NAMES.entrySet()) {
            if (e.getValue().equals(typeText)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /**
     * The number a type text stands for: N for {@code UNKNOWN[N]}, 1336 for {@code URINGOP}, a
     * design name's number under the naming that spells it so ({@code CONTAINER} 1344,
     * {@code CONTAINER_OP} 1020); -1 for a text this model never prints.
     */
    public static int numberOfText(String typeText) {
        Matcher m = UNKNOWN.matcher(typeText);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (typeText.equals("URINGOP")) {
            return CONTAINER_INFO.upstreamNumber;
        }
        for (RecordType t : values()) {
            if (t.printedName(false).equals(typeText)) {
                return t.seedNumber;
            }
            if (t.printedName(true).equals(typeText)) {
                return t.upstreamNumber;
            }
        }
        return -1;
    }

    /** The type with this number under either naming, or null. */
    public static RecordType ofNumber(int number) {
        for (RecordType t : values()) {
            if (t.seedNumber == number || t.upstreamNumber == number) {
                return t;
            }
        }
        return null;
    }

    /** The type printed as {@code name} under either naming (case-insensitive), or null. */
    public static RecordType ofPrintedName(String name) {
        return find(name, true);
    }

    /** Whether {@code name} is a type name exactly as a trace prints it (seed or upstream). */
    public static boolean isPrintedName(String name) {
        return find(name, false) != null;
    }

    private static RecordType find(String name, boolean ignoreCase) {
        for (RecordType t : values()) {
            for (String printed : new String[] {t.printedName(false), t.printedName(true)}) {
                if (ignoreCase ? printed.equalsIgnoreCase(name) : printed.equals(name)) {
                    return t;
                }
            }
        }
        return null;
    }
}
