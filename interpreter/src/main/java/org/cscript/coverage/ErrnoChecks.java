package org.cscript.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cscript.abi.Errno;

/**
 * The errno checks of kernel-model.md §3 and how a failure is traced back to one of them.
 *
 * <p>A check is named by its operation and its position in that operation's check list (§3.0,
 * "OP-46 check 3"). The model does not label its throw sites: a failure is recognised from what
 * it already carries, through the tables beside this class.
 * <ul>
 * <li>The <b>operation</b> comes from the builtin that failed: errno-operations.tsv says which
 * operations each builtin performs (most one; {@code setns} performs OP-16 and OP-17).
 * <li>The <b>check</b> is the one, among the checks of those operations with the failure's errno,
 * whose detail pattern (errno-checks.tsv) is found in the detail text of the
 * {@code KernelException} ({@code KernelCore.fail(errno, op, detail)}). Where the errno occurs
 * once among them the pattern may be {@code *}; where it repeats, each throw site's detail text
 * must be told apart by its row's pattern (the kernel words its details so).
 * </ul>
 * So code that adds an operation needs no change for its failures to be placed: its builtin's
 * name goes on its row of errno-operations.tsv (those of OP-26..OP-44 are written there already),
 * and a check whose errno repeats in its operation needs a detail text its row's pattern finds
 * (docs/architecture.md, "Where to add things").
 */
public final class ErrnoChecks {
    private static final String FOLDER = "/org/cscript/coverage/";
    private static final Pattern NONE = Pattern.compile("(?!)");
    private static ErrnoChecks catalogue;

    private final List<ErrnoCheck> checks;
    private final List<ModelOperation> operations;
    private final List<UnreachableCheck> unreachable;
    private final Map<String, List<ModelOperation>> byBuiltin = new LinkedHashMap<>();

    private ErrnoChecks(List<ErrnoCheck> checks, List<ModelOperation> operations, List<UnreachableCheck> unreachable) {
        this.checks = List.copyOf(checks);
        this.operations = List.copyOf(operations);
        this.unreachable = List.copyOf(unreachable);
        for (ModelOperation o : operations) {
            for (String b : o.builtins()) {
                byBuiltin.computeIfAbsent(b, x -> new ArrayList<>()).add(o);
            }
        }
    }

    /** The catalogue of the tables in the class path, read once. */
    public static synchronized ErrnoChecks catalogue() {
        if (catalogue == null) {
            catalogue = new ErrnoChecks(readChecks(), readOperations(), readUnreachable());
        }
        return catalogue;
    }

    /** Every check in spec order: by operation, then position. */
    public List<ErrnoCheck> checks() {
        return checks;
    }

    /** The check list of one operation (empty for an operation without errno checks). */
    public List<ErrnoCheck> checksOf(String op) {
        return checks.stream().filter(c -> c.op().equals(op)).toList();
    }

    /** OP-01 ... OP-54 in order, then the row of builtins that perform no operation. */
    public List<ModelOperation> operations() {
        return operations;
    }

    /** The operations a builtin performs (empty for a helper or an unknown name). */
    public List<ModelOperation> operationsOf(String builtin) {
        return byBuiltin.getOrDefault(builtin, List.of()).stream().filter(o -> !o.op().equals("-")).toList();
    }

    /** Whether errno-operations.tsv names the builtin, as an operation's or as a helper. */
    public boolean names(String builtin) {
        return byBuiltin.containsKey(builtin);
    }

    public List<UnreachableCheck> unreachable() {
        return unreachable;
    }

    /** The check a failure of {@code builtin} with {@code errno} and the kernel's {@code detail} came from. */
    public Identification identify(String builtin, Errno errno, String detail) {
        List<ErrnoCheck> candidates = new ArrayList<>();
        for (ModelOperation o : operationsOf(builtin)) {
            checksOf(o.op()).stream().filter(c -> c.errno() == errno).forEach(candidates::add);
        }
        List<ErrnoCheck> matching = candidates.stream().filter(c -> c.recognises(detail)).toList();
        return new Identification(matching.size() == 1 ? matching.getFirst() : null, candidates, matching);
    }

    // ---------------------------------------------------------------- the tables

    private static List<ErrnoCheck> readChecks() {
        List<ErrnoCheck> out = new ArrayList<>();
        for (Row r : read("errno-checks.tsv", 6)) {
            out.add(new ErrnoCheck(r.op(0), r.field(1), r.number(2), r.errno(3), r.field(4), r.pattern(5)));
        }
        return out;
    }

    private static List<ModelOperation> readOperations() {
        List<ModelOperation> out = new ArrayList<>();
        for (Row r : read("errno-operations.tsv", 3)) {
            String builtins = r.field(2);
            String op = r.field(0).equals("-") ? "-" : r.op(0);
            out.add(new ModelOperation(op, r.field(1),
                    builtins.equals("-") ? List.of() : Arrays.asList(builtins.split(" +"))));
        }
        return out;
    }

    private static List<UnreachableCheck> readUnreachable() {
        List<UnreachableCheck> out = new ArrayList<>();
        for (Row r : read("errno-unreachable.tsv", 3)) {
            out.add(new UnreachableCheck(r.op(0), r.number(1), r.field(2)));
        }
        return out;
    }

    /** The data rows of a table: '#' lines are comments, the first other line is the header. */
    private static List<Row> read(String name, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ErrnoChecks.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path (a build bug)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + ":" + number + ": " + columns + " tab-separated columns"
                            + " expected, found " + fields.length);
                }
                rows.add(new Row(name + ":" + number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    /** One table row; a malformed field is reported with the table's name and line. */
    private record Row(String where, String[] fields) {
        String field(int i) {
            if (fields[i].isBlank()) {
                throw bad(i, "is empty");
            }
            return fields[i];
        }

        String op(int i) {
            String op = field(i);
            // OP-46/v11: a variant of an operation's check list under another knob setting;
            // P-NAME: a seed proposal's operation, outside §3 (P-USERNS, docs/proposals/userns-maps.md)
            if (!op.matches("OP-\\d\\d(/v11)?|P-[A-Z]+")) {
                throw bad(i, "'" + op + "' is not OP-xx (or OP-xx/v11, or P-NAME)");
            }
            return op;
        }

        int number(int i) {
            try {
                return Integer.parseInt(field(i));
            } catch (NumberFormatException e) {
                throw bad(i, "'" + fields[i] + "' is not a number");
            }
        }

        Errno errno(int i) {
            try {
                return Errno.valueOf(field(i));
            } catch (IllegalArgumentException e) {
                throw bad(i, "'" + fields[i] + "' is no errno of abi.Errno");
            }
        }

        Pattern pattern(int i) {
            String text = field(i);
            if (text.equals("*")) {
                return null;
            }
            if (text.equals("-")) {
                return NONE;
            }
            try {
                return Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw bad(i, "bad pattern: " + e.getDescription());
            }
        }

        private IllegalStateException bad(int i, String what) {
            return new IllegalStateException(where + ": column " + (i + 1) + " " + what);
        }
    }
}
