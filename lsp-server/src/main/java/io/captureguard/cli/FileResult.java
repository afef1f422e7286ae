package io.captureguard.cli;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.SyntaxError;
import java.nio.file.Path;
import java.util.List;

/**
 * What checking one file gave.
 *
 * @param path         the file as the user reads it
 * @param original     the bytes read, to refuse writing over a file that changed since
 * @param text         the text that {@code findings} and {@code syntaxErrors} point into: the
 *                     file's, or after fixing, the fixed text
 * @param fixesApplied how many fixes went into {@code text}
 * @param outcome      whether the file was checked, and if not why
 * @param detail       for {@link Outcome#UNREADABLE}, {@link Outcome#NOT_WRITTEN} and
 *                     {@link Outcome#INTERNAL_ERROR}, what went wrong
 */
record FileResult(Path path, byte[] original, String text, List<Finding> findings, List<SyntaxError> syntaxErrors,
                  int fixesApplied, Outcome outcome, String detail) {

    enum Outcome {
        CHECKED,
        /** Has syntax errors: reported, not analysed. */
        SYNTAX_ERRORS,
        /** Generated code, left out unless asked for. */
        GENERATED,
        UNREADABLE,
        /** Fixed, but the file could not be written (it changed since it was read, or the disk said no). */
        NOT_WRITTEN,
        /** A bug of ours while checking this file; the others are still checked. */
        INTERNAL_ERROR
    }

    static FileResult checked(Path path, byte[] original, String text, List<Finding> findings, int fixesApplied) {
        if (findings.isEmpty() && fixesApplied == 0) {
            // Nothing will point into the text: let it go, so a run over thousands of files keeps little.
            return new FileResult(path, new byte[0], "", findings, List.of(), 0, Outcome.CHECKED, "");
        }
        return new FileResult(path, original, text, findings, List.of(), fixesApplied, Outcome.CHECKED, "");
    }

    static FileResult syntaxErrors(Path path, byte[] original, String text, List<SyntaxError> errors) {
        return new FileResult(path, original, text, List.of(), errors, 0, Outcome.SYNTAX_ERRORS, "");
    }

    static FileResult generated(Path path) {
        return new FileResult(path, new byte[0], "", List.of(), List.of(), 0, Outcome.GENERATED, "");
    }

    static FileResult unreadable(Path path, String why) {
        return new FileResult(path, new byte[0], "", List.of(), List.of(), 0, Outcome.UNREADABLE, why);
    }

    static FileResult notWritten(Path path, String why) {
        return new FileResult(path, new byte[0], "", List.of(), List.of(), 0, Outcome.NOT_WRITTEN, why);
    }

    static FileResult internalError(Path path, byte[] original, String text, String why) {
        return new FileResult(path, original, text, List.of(), List.of(), 0, Outcome.INTERNAL_ERROR, why);
    }

    /** Whether the check produced a new text to write or diff. */
    boolean changed() {
        return fixesApplied > 0;
    }
}
