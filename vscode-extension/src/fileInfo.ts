import { fileURLToPath } from 'url';

/** The server's request for the Go version it applies to an open document (docs/editors.md). */
export const FILE_INFO_METHOD = 'captureguard/fileInfo';

/** The answer to `captureguard/fileInfo`; the server answers null for a document it has not open. */
export interface FileInfo {
  /** As go.mod writes it: `1.21`. */
  goVersion: string;
  /** `settings`, `buildLine`, `goMod`, `goModDefault` or `noModule`; a newer server may add more. */
  source: string;
  /** The server's own sentence, `Go 1.21 (from go.mod)`, for a source this client does not know. */
  description: string;
  /** The go.mod that decided (a file URI), for `goMod` and `goModDefault`. */
  goMod?: string;
}

/** The version as the status bar shows it, in the go command's spelling: `go1.21`. */
export function goVersionLabel(info: FileInfo): string {
  return `go${info.goVersion}`;
}

function filePath(uri: string | undefined): string {
  if (!uri) {
    return 'go.mod';
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

/** Why this version: one sentence for the tooltip. */
export function describeFileInfo(info: FileInfo): string {
  const version = `Go ${info.goVersion}`;
  switch (info.source) {
    case 'settings':
      return `This file is read as ${version}, set by captureguard.goVersion.`;
    case 'buildLine':
      return `This file is read as ${version}, from its //go:build line.`;
    case 'goMod':
      return `This file is read as ${version}, from ${filePath(info.goMod)}.`;
    case 'goModDefault':
      return `This file is read as ${version}: ${filePath(info.goMod)} has no go line, which means 1.16.`;
    case 'noModule':
      return `This file is read as ${version}: no go.mod above it, so the newest semantics.`;
    default:
      return `This file is read as ${info.description}.`;
  }
}
