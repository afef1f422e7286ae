package io.captureguard.fixes;

/** How loudly a finding is shown; the language server maps these to LSP severities. */
public enum Severity { ERROR, WARNING, INFORMATION, HINT }
