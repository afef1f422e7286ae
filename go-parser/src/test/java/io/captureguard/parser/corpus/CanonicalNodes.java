package io.captureguard.parser.corpus;

import io.captureguard.parser.ParseResult;
import io.captureguard.parser.ast.Comment;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Our syntax tree in the form {@code tools/goref} prints go/ast in: one {@code start end Kind}
 * line per node, sorted as strings. Equal lists mean equal node kinds with equal spans.
 */
public final class CanonicalNodes {
    private CanonicalNodes() {
    }

    public static List<String> of(ParseResult result) {
        List<String> lines = new ArrayList<>();
        GoFile file = result.file();
        for (Comment c : file.comments()) {
            lines.add(c.start() + " " + c.end() + " Comment");
        }
        Walker.walk(file, node -> {
            String kind = kindOf(node);
            if (kind != null) {
                lines.add(node.start() + " " + node.end() + " " + kind);
            }
            return true;
        });
        Collections.sort(lines);
        return lines;
    }

    private static String kindOf(Node node) {
        if (node instanceof GoFile || node instanceof Stmt.Empty || node.getClass().getSimpleName().equals("Bad")
                || node.getClass().getSimpleName().equals("BadDecl")) {
            return null;
        }
        if (node instanceof Stmt.ExprStmt) {
            return "ExprStmt";
        }
        if (node instanceof Stmt.Assign a) {
            return "Assign" + a.operator();
        }
        return node.getClass().getSimpleName();
    }

    public static String hash(List<String> lines) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
