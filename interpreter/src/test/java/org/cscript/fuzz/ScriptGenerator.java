package org.cscript.fuzz;

import java.util.List;
import java.util.Random;
import org.cscript.builtins.BuiltinInfo;
import org.cscript.builtins.Builtins;
import org.cscript.builtins.Constants;

/**
 * Grammar-aware random scripts: statements of every kind the language has, calls to every
 * builtin with arguments of any type (so the builtins' argument checks are exercised as much as
 * the kernel), bounded loops, functions, assertions and audit patterns. Deterministic for a seed.
 */
final class ScriptGenerator {
    private static final String[] CONSTANTS = Constants.all().keySet().toArray(String[]::new);
    private static final List<BuiltinInfo> BUILTINS = List.copyOf(Builtins.all().values());
    private static final String[] RECORD_TYPES = {"SYSCALL", "CONTAINER", "CONTAINER_INFO", "NS_CREATE", "NS_DESTROY",
        "NS_CHANGE", "CONTAINER_OBJ", "LOGIN", "USER", "NETFILTER_PKT", "CONTAINER_OP", "CONTAINER_ID", "OBJ_PID", "PATH"};
    private static final String[] FIELDS = {"op", "pid", "opid", "contid", "old-contid", "syscall", "success", "exit",
        "res", "nstype", "ctr", "name", "comm", "key", "record", "bogus"};

    private final Random random;
    private int variables;
    private int depth;

    ScriptGenerator(long seed) {
        random = new Random(seed);
    }

    String script() {
        variables = 0;
        depth = 0;
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append(random.nextBoolean() ? "config profile = upstream\n" : "config contid.allow_move = true\n");
        }
        if (random.nextInt(5) == 0) {
            out.append("import \"std/scenario\"\n");
        }
        out.append("let v0 = fork()\n");
        variables = 1;
        int statements = 1 + random.nextInt(12);
        for (int i = 0; i < statements; i++) {
            statement(out, "");
        }
        return out.toString();
    }

    private void statement(StringBuilder out, String indent) {
        depth++;
        out.append(indent);
        switch (depth > 3 ? random.nextInt(6) : random.nextInt(13)) {
            case 0, 1 -> out.append("let v").append(variables++).append(" = ").append(expr(0));
            case 2 -> out.append(variable()).append(" = ").append(expr(0));
            case 3, 4 -> out.append(call());
            case 5 -> out.append("assert ").append(expr(0));
            case 6 -> {
                out.append("if ").append(expr(0)).append(" {\n");
                statement(out, indent + "    ");
                out.append(indent).append("} else {\n");
                statement(out, indent + "    ");
                out.append(indent).append('}');
            }
            case 7 -> {
                out.append("for i").append(depth).append(" in 0..").append(random.nextInt(4)).append(" {\n");
                statement(out, indent + "    ");
                out.append(indent).append('}');
            }
            case 8 -> {
                out.append("expect ").append(constant()).append(" {\n");
                statement(out, indent + "    ");
                out.append(indent).append('}');
            }
            case 9 -> {
                out.append("as ").append(variable()).append(" {\n");
                statement(out, indent + "    ");
                out.append(indent).append('}');
            }
            case 10 -> out.append(random.nextBoolean() ? "assert_audit " : "assert_no_audit ").append(auditPattern());
            case 11 -> {
                String name = "f" + random.nextInt(3);
                out.append("fn ").append(name).append("(a) {\n");
                statement(out, indent + "    ");
                out.append(indent).append("    return a\n").append(indent).append("}\n").append(indent)
                        .append(name).append('(').append(expr(1)).append(')');
            }
            default -> out.append("print ").append(expr(0));
        }
        out.append('\n');
        depth--;
    }

    private String expr(int level) {
        if (level > 3) {
            return atom();
        }
        return switch (random.nextInt(10)) {
            case 0 -> expr(level + 1) + " " + pick("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "and", "or", "&", "|")
                    + " " + expr(level + 1);
            case 1 -> "not " + expr(level + 1);
            case 2 -> "(" + expr(level + 1) + ")";
            case 3 -> call();
            case 4 -> variable() + "." + pick("pid", "tid", "contid", "state", "exit_status", "kind", "name", "bogus");
            case 5 -> "[" + expr(level + 1) + ", " + expr(level + 1) + "]";
            case 6 -> "try " + call();
            case 7 -> "\"s${" + expr(level + 1) + "}\"";
            default -> atom();
        };
    }

    private String atom() {
        return switch (random.nextInt(8)) {
            case 0 -> Long.toString(random.nextInt(2000) - 5);
            case 1 -> pick("0", "1", "18446744073709551615", "4294967295", "4294967296", "-1", "9223372036854775807");
            case 2 -> "\"" + pick("web", "", "a b", "/tmp/x", "net", "uts", "-a always,exit -S all", "x\\ty") + "\"";
            case 3 -> pick("true", "false", "nil");
            case 4 -> constant();
            default -> variable();
        };
    }

    private String call() {
        BuiltinInfo b = BUILTINS.get(random.nextInt(BUILTINS.size()));
        int arity = random.nextInt(8) == 0 ? random.nextInt(4) : b.parameters().size();
        StringBuilder out = new StringBuilder(b.name()).append('(');
        for (int i = 0; i < arity; i++) {
            out.append(i > 0 ? ", " : "").append(depth > 2 ? atom() : expr(3));
        }
        return out.append(')').toString();
    }

    private String auditPattern() {
        StringBuilder out = new StringBuilder(pick(RECORD_TYPES));
        for (int i = random.nextInt(3); i >= 0; i--) {
            String field = pick(FIELDS);
            out.append(' ').append(field).append('=').append(switch (random.nextInt(4)) {
                case 0 -> "${" + variable() + ".pid}";
                case 1 -> "/" + pick("ru.*", "(a+)+b", "[0-9]+", "web|db") + "/";
                case 2 -> "\"" + pick("x y", "web", "") + "\"";
                default -> Integer.toString(random.nextInt(300));
            });
        }
        return out.toString();
    }

    private String variable() {
        return "v" + random.nextInt(Math.max(1, variables));
    }

    private String constant() {
        return CONSTANTS[random.nextInt(CONSTANTS.length)];
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
