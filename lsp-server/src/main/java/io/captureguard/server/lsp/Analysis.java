package io.captureguard.server.lsp;

import io.captureguard.fixes.Finding;
import java.util.List;

/** The findings of one version of one document, with the snapshot they were computed from. */
record Analysis(OpenDocument document, List<Finding> findings, String versionNote) {
}
