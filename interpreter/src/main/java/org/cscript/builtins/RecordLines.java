package org.cscript.builtins;

import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceRecord;
import org.cscript.runtime.CsError;

/** Reading one audit record line for the record_* helpers: a line that is no record is a scenario error at the call. */
final class RecordLines {
    private RecordLines() {
    }

    static TraceRecord parse(CsBuiltinNode call, String line) {
        try {
            return TraceRecord.parse(line);
        } catch (MalformedRecordException e) {
            throw new CsError(call.builtinName() + ": not an audit record line: " + e.getMessage(), call);
        }
    }
}
