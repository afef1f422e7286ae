package io.captureguard.server.lsp;

import io.captureguard.fixes.Finding;
import java.util.List;

/**
 * The findings of one version of one document, with the snapshot they were computed from and
 * where the file's Go version came from (it decides what loop variables mean).
 */
record Analysis(OpenDocument document, List<Finding> findings, String versionNote) {
}
