package org.cscript.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * How ausearch 3.0.9 assembles records into events (src/ausearch-lol.c, lol_add_record and
 * check_events): a record joins the open event with its timestamp and serial; otherwise it opens
 * a new event, which is closed at once when its first record's type is one ausearch takes for a
 * single-record event: a number below 1300 (AUDIT_FIRST_EVENT) or a name it does not know (-1),
 * PROCTITLE (1327), the NetLabel range 1414-1419, KERNEL (2000), or 2100 and above.
 */
final class AusearchEventModel {
    private AusearchEventModel() {
    }

    /** The trace's lines grouped into events, in file order within each event. */
    static List<List<String>> events(List<String> lines) {
        List<List<String>> events = new ArrayList<>();
        List<String> open = null;
        String openStamp = null;
        for (String line : lines) {
            String stamp = line.substring(line.indexOf("msg=audit("), line.indexOf("):"));
            if (open != null && stamp.equals(openStamp)) {
                open.add(line);
                continue;
            }
            List<String> event = new ArrayList<>(List.of(line));
            events.add(event);
            boolean single = singleRecord(RecordType.auditdNumber(line.substring("type=".length(), line.indexOf(' '))));
            open = single ? null : event;
            openStamp = single ? null : stamp;
        }
        return events;
    }

    static boolean singleRecord(int type) {
        return type < 1300 || type == 1327 || (type >= 1414 && type <= 1419) || type == 2000 || type >= 2100;
    }
}
