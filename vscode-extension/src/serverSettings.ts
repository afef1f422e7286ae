/** Reads one key of the `captureguard` section (a `vscode.WorkspaceConfiguration` fits). */
export interface SectionReader {
  get<T>(key: string): T | undefined;
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/**
 * The settings object the server reads (the shared configuration contract): sent as
 * `initializationOptions`, under `captureguard` in `workspace/didChangeConfiguration`, and as the
 * answer to `workspace/configuration` for the section. The client's own keys (`java.home`,
 * `server.*`) are not the server's business and are left out.
 */
export interface ServerSettings {
  enable: boolean;
  rules: { select?: string[]; ignore: string[] };
  severity: Record<string, SeverityName>;
  goVersion: string;
  debounceMs: number;
  respectNolint: boolean;
  preferParameterForm: boolean;
}

export const SECTION = 'captureguard';

/**
 * Maps the user's settings to the server's object. Values are passed on as the user wrote them
 * (the server reports the ones it cannot use, in one place); only a missing or null
 * `rules.select` is left out, which the server reads as "every rule".
 */
export function serverSettings(section: SectionReader): ServerSettings {
  const select = section.get<string[] | null>('rules.select');
  const rules: ServerSettings['rules'] = { ignore: section.get<string[]>('rules.ignore') ?? [] };
  if (select !== undefined && select !== null) {
    rules.select = select;
  }
  return {
    enable: section.get<boolean>('enable') ?? true,
    rules,
    severity: { ...(section.get<Record<string, SeverityName>>('severity') ?? {}) },
    goVersion: (section.get<string>('goVersion') ?? '').trim(),
    debounceMs: section.get<number>('debounceMs') ?? 0,
    respectNolint: section.get<boolean>('respectNolint') ?? true,
    preferParameterForm: section.get<boolean>('preferParameterForm') ?? false,
  };
}

/** Settings whose change needs a new server process rather than a notification. */
export const LAUNCH_SETTINGS = ['captureguard.java.home', 'captureguard.server.path', 'captureguard.server.jvmArgs'];
