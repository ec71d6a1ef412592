package org.cscript.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small TextMate tokenizer for testing the generated grammar with java.util.regex: match and
 * begin/end rules, includes of the repository, captures (groups that do not nest), the end
 * pattern tried before a rule's own patterns, the earliest match winning and the first listed
 * on a tie, as vscode-textmate does. Its regexes are the subset both engines read alike.
 */
final class MiniTextMate {
    /** A piece of a line and the scopes it has, outermost first. */
    record Token(String text, List<String> scopes) {
    }

    private record Frame(JsonObject rule, Pattern end, List<String> scopes) {
    }

    private final JsonObject grammar;
    private final List<Frame> stack = new ArrayList<>();

    MiniTextMate(JsonObject grammar) {
        this.grammar = grammar;
        stack.add(new Frame(grammar, null, List.of(grammar.get("scopeName").getAsString())));
    }

    /** The tokens of one line, continuing the state of the lines before it. */
    List<Token> line(String text) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        int guard = 0;
        while (pos < text.length() && guard++ < 10_000) {
            Frame frame = stack.getLast();
            Matcher best = null;
            JsonObject bestRule = null;
            if (frame.end() != null) {
                best = matcher(frame.end(), text, pos);
            }
            for (JsonObject rule : flatten(frame.rule().getAsJsonArray("patterns"))) {
                String regex = rule.has("match") ? rule.get("match").getAsString() : rule.get("begin").getAsString();
                Matcher m = matcher(Pattern.compile(regex), text, pos);
                if (m != null && (best == null || m.start() < best.start())) {
                    best = m;
                    bestRule = rule;
                }
            }
            if (best == null) {
                add(tokens, text.substring(pos), frame.scopes());
                pos = text.length();
                break;
            }
            add(tokens, text.substring(pos, best.start()), frame.scopes());
            if (bestRule == null) {   // the end of the current begin rule
                captured(tokens, best, frame.rule().getAsJsonObject("endCaptures"), frame.scopes());
                stack.removeLast();
            } else if (bestRule.has("match")) {
                captured(tokens, best, bestRule.getAsJsonObject("captures"), with(frame.scopes(), bestRule));
            } else {
                List<String> scopes = with(frame.scopes(), bestRule);
                captured(tokens, best, bestRule.getAsJsonObject("beginCaptures"), scopes);
                stack.add(new Frame(bestRule, Pattern.compile(bestRule.get("end").getAsString()), scopes));
            }
            boolean stalled = best.end() == pos && bestRule != null && bestRule.has("match");
            if (stalled) {
                add(tokens, text.substring(pos, pos + 1), frame.scopes());
            }
            pos = stalled ? pos + 1 : best.end();
        }
        // at the line's end, the rules whose end matches there (a '$') are over
        while (stack.size() > 1) {
            Matcher m = matcher(stack.getLast().end(), text, text.length());
            if (m == null) {
                break;
            }
            stack.removeLast();
        }
        return tokens;
    }

    /** The scopes of the first token whose text is {@code text}. */
    static List<String> scopesOf(List<Token> tokens, String text) {
        for (Token t : tokens) {
            if (t.text().equals(text)) {
                return t.scopes();
            }
        }
        throw new AssertionError("no token '" + text + "' in " + tokens);
    }

    private static Matcher matcher(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
        return m.find() ? m : null;
    }

    private List<JsonObject> flatten(JsonArray patterns) {
        List<JsonObject> rules = new ArrayList<>();
        if (patterns == null) {
            return rules;
        }
        for (JsonElement element : patterns) {
            JsonObject rule = element.getAsJsonObject();
            if (rule.has("include")) {
                String name = rule.get("include").getAsString().substring(1);
                JsonObject target = grammar.getAsJsonObject("repository").getAsJsonObject(name);
                if (target.has("match") || target.has("begin")) {
                    rules.add(target);
                } else {
                    rules.addAll(flatten(target.getAsJsonArray("patterns")));
                }
            } else {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static List<String> with(List<String> scopes, JsonObject rule) {
        if (!rule.has("name")) {
            return scopes;
        }
        List<String> more = new ArrayList<>(scopes);
        more.add(rule.get("name").getAsString());
        return more;
    }

    private static void captured(List<Token> tokens, Matcher m, JsonObject captures, List<String> scopes) {
        int at = m.start();
        if (captures != null && !captures.has("0")) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) < 0 || !captures.has(Integer.toString(g))) {
                    continue;
                }
                add(tokens, m.group().substring(at - m.start(), m.start(g) - m.start()), scopes);
                List<String> inner = new ArrayList<>(scopes);
                inner.add(captures.getAsJsonObject(Integer.toString(g)).get("name").getAsString());
                add(tokens, m.group(g), inner);
                at = m.end(g);
            }
            add(tokens, m.group().substring(at - m.start()), scopes);
            return;
        }
        List<String> all = scopes;
        if (captures != null) {
            all = new ArrayList<>(scopes);
            all.add(captures.getAsJsonObject("0").get("name").getAsString());
        }
        add(tokens, m.group(), all);
    }

    private static void add(List<Token> tokens, String text, List<String> scopes) {
        if (!text.isEmpty()) {
            tokens.add(new Token(text, List.copyOf(scopes)));
        }
    }
}
