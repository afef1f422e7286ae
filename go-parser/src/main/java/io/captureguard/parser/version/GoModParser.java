package io.captureguard.parser.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-by-line reader of {@code go.mod} text, after the grammar of golang.org/x/mod/modfile:
 * {@code verb args...} lines, {@code verb (} ... {@code )} blocks whose lines take the block's
 * verb, {@code //} comments and quoted strings.
 *
 * <p>Where the go command would reject the file but the intent is plain (a BOM, {@code go go1.21},
 * a {@code go (} block, a back-quoted path) we record the problem and still take the value.
 */
final class GoModParser {

    private static final Set<String> OTHER_DIRECTIVES = Set.of(
            "require", "exclude", "replace", "retract", "godebug", "tool", "ignore");

    // Verbs the go command accepts in "verb ( ... )" form; go and toolchain are not among them.
    private static final Set<String> BLOCK_VERBS = Set.of(
            "module", "require", "exclude", "replace", "retract", "godebug", "tool", "ignore");

    // The shape the go command demands of a go line; anything else is a go.mod error, though we
    // still take the version when it is readable so the linter keeps a sensible answer.
    private static final Pattern GO_LINE =
            Pattern.compile("[1-9][0-9]*\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?");

    private final String text;
    private final List<GoMod.Problem> problems = new ArrayList<>();
    private String modulePath;
    private GoVersion goVersion;
    private String toolchain;
    private boolean sawGoLine;

    GoModParser(String text) {
        this.text = text;
    }

    GoMod parse() {
        String body = text;
        if (body.startsWith("\uFEFF")) {
            // Editors on Windows add one; we read on, but the go command would refuse the file.
            body = body.substring(1);
            problem(1, "unexpected byte order mark (the go command rejects it)");
        }
        String[] lines = body.split("\n", -1);
        String blockVerb = null;
        int blockLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            Optional<List<Token>> lexed = tokens(lines[i], lineNumber);
            if (lexed.isEmpty() || lexed.get().isEmpty()) {
                continue;
            }
            List<Token> tokens = lexed.get();
            if (blockVerb != null) {
                if (tokens.size() == 1 && tokens.get(0).is(")")) {
                    blockVerb = null;
                } else if (!hasParenthesis(tokens, lineNumber)) {
                    directive(blockVerb, tokens, lineNumber);
                }
            } else if (tokens.size() == 2 && tokens.get(1).is("(")) {
                blockVerb = tokens.get(0).text();
                blockLine = lineNumber;
                if (!BLOCK_VERBS.contains(blockVerb)) {
                    // Still read inside: a "go (" block is wrong, but its version is what was meant.
                    problem(lineNumber, "unknown block type: " + blockVerb);
                }
            } else if (!hasParenthesis(tokens, lineNumber)) {
                directive(tokens.get(0).text(), tokens.subList(1, tokens.size()), lineNumber);
            }
        }
        if (blockVerb != null) {
            problem(blockLine, "'" + blockVerb + " (' block is never closed");
        }
        return new GoMod(Optional.ofNullable(modulePath), Optional.ofNullable(goVersion),
                Optional.ofNullable(toolchain), problems);
    }

    private void directive(String verb, List<Token> args, int line) {
        switch (verb) {
            case "module" -> {
                if (single(args, line, "module module/path")) {
                    if (modulePath != null) {
                        problem(line, "repeated module statement");
                    } else {
                        modulePath = args.get(0).text();
                    }
                }
            }
            case "go" -> {
                if (single(args, line, "go 1.23")) {
                    goLine(args.get(0).text(), line);
                }
            }
            case "toolchain" -> {
                if (single(args, line, "toolchain go1.23.0")) {
                    if (toolchain != null) {
                        problem(line, "repeated toolchain statement");
                    } else {
                        toolchain = args.get(0).text();
                    }
                }
            }
            default -> {
                if (!OTHER_DIRECTIVES.contains(verb)) {
                    problem(line, "unknown directive: " + verb);
                }
            }
        }
    }

    /** Parentheses only open a block at the end of a line or close one alone on a line. */
    private boolean hasParenthesis(List<Token> tokens, int line) {
        if (tokens.stream().anyMatch(t -> t.is("(") || t.is(")"))) {
            problem(line, "unexpected parenthesis");
            return true;
        }
        return false;
    }

    private void goLine(String version, int line) {
        if (sawGoLine) {
            problem(line, "repeated go statement");
            return;
        }
        sawGoLine = true;
        if (!GO_LINE.matcher(version).matches()) {
            problem(line, "invalid go version '" + version + "': must match format 1.23.0");
        }
        goVersion = GoVersion.parse(version).orElse(null);
    }

    private boolean single(List<Token> args, int line, String usage) {
        if (args.size() != 1) {
            problem(line, "usage: " + usage);
            return false;
        }
        return true;
    }

    private void problem(int line, String message) {
        problems.add(new GoMod.Problem(line, message));
    }

    /** The line's tokens without its comment; empty when the line cannot be read (a problem is recorded). */
    private Optional<List<Token>> tokens(String line, int lineNumber) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (line.startsWith("//", i)) {
                break;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), false));
                i++;
            } else if (c == '"' || c == '`') {
                int end = closingQuote(line, i);
                if (end < 0) {
                    problem(lineNumber, "unterminated quoted string");
                    return Optional.empty();
                }
                String inner = line.substring(i + 1, end);
                if (c == '`') {
                    problem(lineNumber, "invalid quoted string: unquoted string cannot contain quote");
                }
                tokens.add(new Token(c == '"' ? unescape(inner) : inner, true));
                i = end + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i)) && "()\"`".indexOf(line.charAt(i)) < 0
                        && !line.startsWith("//", i)) {
                    i++;
                }
                tokens.add(new Token(line.substring(start, i), false));
            }
        }
        return Optional.of(tokens);
    }

    private static int closingQuote(String line, int open) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    // Module paths never need more than these escapes; others are kept as written.
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '"', '\\' -> out.append(next);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A lexeme; {@code quoted} tells a string {@code "("} from the block parenthesis. */
    private record Token(String text, boolean quoted) {
        boolean is(String punctuation) {
            return !quoted && text.equals(punctuation);
        }
    }
}
