package io.captureguard.cli;

/** A command line that cannot be run as written (exit code 2); the message says what to change. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
