package io.captureguard.fixes.engine;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.ast.Comment;
import java.util.function.IntUnaryOperator;

/** Findings and comments moved to other offsets: a finding's span, related locations and fixes' edits. */
final class FindingOffsets {
    private FindingOffsets() {
    }

    static Finding map(Finding f, IntUnaryOperator offsets) {
        return new Finding(f.rule(), f.message(), offsets.applyAsInt(f.start()), offsets.applyAsInt(f.end()),
                f.severity(),
                f.related().stream().map(l -> new Location(offsets.applyAsInt(l.start()), offsets.applyAsInt(l.end()),
                        l.message())).toList(),
                f.fixes().stream().map(fix -> new Fix(fix.title(), fix.safety(),
                        fix.edits().stream().map(e -> new TextEdit(offsets.applyAsInt(e.start()),
                                offsets.applyAsInt(e.end()), e.replacement())).toList(),
                        fix.preferred())).toList());
    }

    static Comment map(Comment c, IntUnaryOperator offsets) {
        return new Comment(offsets.applyAsInt(c.start()), offsets.applyAsInt(c.end()), c.text());
    }
}
