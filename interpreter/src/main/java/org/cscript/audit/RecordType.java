package org.cscript.audit;

/**
 * Audit record types (kernel-model.md 4.3). With {@code audit.record_names = upstream},
 * CONTAINER prints as CONTAINER_OP and CONTAINER_INFO as CONTAINER_ID.
 */
public enum RecordType {
    SYSCALL(1300), CONTAINER(1020), CONTAINER_INFO(1021), NS_CREATE(1340), NS_DESTROY(1341),
    NS_CHANGE(1342), CONTAINER_OBJ(1343), LOGIN(1006), USER(1005), NETFILTER_PKT(1324),
    /** Linux AUDIT_CWD: the working directory of an event that resolved names (after a watch matched). */
    CWD(1307),
    /** Linux AUDIT_PATH: one record per name an event resolved (after a watch matched). */
    PATH(1302),
    /** The upstream series' AUDIT_SET_CAPCONTID: a write of /proc/T/audit_capcontainerid (an upstream extension). */
    SET_CAPCONTID(1022),
    /** Linux AUDIT_OBJ_PID: a signalled task (the upstream v11 layouts only, linked to its CONTAINER_ID). */
    OBJ_PID(1318);

    private final int number;

    RecordType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The name printed after {@code type=}. */
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
