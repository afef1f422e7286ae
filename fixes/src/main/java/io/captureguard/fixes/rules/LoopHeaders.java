package io.captureguard.fixes.rules;

import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.version.GoVersion;
import java.util.IdentityHashMap;
import java.util.Map;

/** The rules' shared view of loop headers: which header a loop statement has, and why its variables are shared. */
final class LoopHeaders {
    /** Each for/range statement with its header (variables, := or =), by identity. */
    static final FileAnalysis<Map<Stmt, LoopHeader>> BY_STATEMENT = FileAnalysis.of("loop headers", file -> {
        Map<Stmt, LoopHeader> headers = new IdentityHashMap<>();
        for (LoopHeader header : file.model().loops()) {
            headers.put(header.loop(), header);
        }
        return headers;
    });

    private LoopHeaders() {
    }

    /** Why every iteration of the loop shares {@code name}: the Go version, or the {@code =} form. */
    static String whyShared(LoopHeader loop, String name, GoVersion version) {
        return loop.declares()
                ? "before Go 1.22 (this file is Go " + version + ") every iteration shares one `" + name + "`"
                : "the loop assigns `" + name + "` with =, so every iteration shares it in every Go version";
    }
}
