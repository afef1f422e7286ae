import * as path from 'path';
import { javaFeatureRelease, MINIMUM_JAVA_RELEASE } from './javaVersion';

/** Where a Java candidate came from, in the order they are tried. */
export type JavaOrigin = 'captureguard.java.home' | 'JDK_HOME' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  origin: JavaOrigin;
  /** The `java` executable this origin points at (it may not exist). */
  executable: string;
}

/** What trying one candidate showed. */
export type JavaCheck =
  | { candidate: JavaCandidate; outcome: 'usable'; release: number }
  | { candidate: JavaCandidate; outcome: 'too-old'; release: number }
  | { candidate: JavaCandidate; outcome: 'not-found' }
  | { candidate: JavaCandidate; outcome: 'unreadable'; detail: string };

export type JavaDiscovery =
  | { found: true; executable: string; release: number; checks: JavaCheck[] }
  | { found: false; checks: JavaCheck[] };

/** Runs `java -version`; resolves with what it printed, or rejects when it cannot be run. */
export type VersionProbe = (executable: string) => Promise<string>;

export interface DiscoveryEnvironment {
  javaHomeSetting: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isFile: (file: string) => boolean;
}

function javaIn(home: string, platform: NodeJS.Platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return p.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/** The candidates in the order the user expects: setting, JDK_HOME, JAVA_HOME, PATH. */
export function javaCandidates(where: DiscoveryEnvironment): JavaCandidate[] {
  const candidates: JavaCandidate[] = [];
  const setting = where.javaHomeSetting.trim();
  if (setting) {
    candidates.push({ origin: 'captureguard.java.home', executable: javaIn(setting, where.platform) });
  }
  for (const name of ['JDK_HOME', 'JAVA_HOME'] as const) {
    const home = where.env[name]?.trim();
    if (home) {
      candidates.push({ origin: name, executable: javaIn(home, where.platform) });
    }
  }
  const p = where.platform === 'win32' ? path.win32 : path.posix;
  const exe = where.platform === 'win32' ? 'java.exe' : 'java';
  const onPath = (where.env.PATH ?? where.env.Path ?? '')
    .split(p.delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => p.join(dir, exe))
    .find((file) => where.isFile(file));
  if (onPath) {
    candidates.push({ origin: 'PATH', executable: onPath });
  }
  return candidates;
}

/**
 * Tries the candidates in order and takes the first Java 17+. An explicit
 * `captureguard.java.home` that does not work ends the search: silently running another Java than
 * the one the user chose would hide their mistake.
 */
export async function discoverJava(where: DiscoveryEnvironment, probe: VersionProbe): Promise<JavaDiscovery> {
  const checks: JavaCheck[] = [];
  for (const candidate of javaCandidates(where)) {
    const check = await checkCandidate(candidate, where, probe);
    checks.push(check);
    if (check.outcome === 'usable') {
      return { found: true, executable: candidate.executable, release: check.release, checks };
    }
    if (candidate.origin === 'captureguard.java.home') {
      break;
    }
  }
  return { found: false, checks };
}

async function checkCandidate(candidate: JavaCandidate, where: DiscoveryEnvironment, probe: VersionProbe): Promise<JavaCheck> {
  if (!where.isFile(candidate.executable)) {
    return { candidate, outcome: 'not-found' };
  }
  let output: string;
  try {
    output = await probe(candidate.executable);
  } catch (e) {
    return { candidate, outcome: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  const release = javaFeatureRelease(output);
  if (release === undefined) {
    return { candidate, outcome: 'unreadable', detail: `no version in: ${output.trim().split('\n')[0] ?? ''}` };
  }
  return release >= MINIMUM_JAVA_RELEASE
    ? { candidate, outcome: 'usable', release }
    : { candidate, outcome: 'too-old', release };
}

/** The sentence a user reads when no usable Java was found. */
export function describeMissingJava(checks: JavaCheck[]): string {
  const head = `captureguard needs Java ${MINIMUM_JAVA_RELEASE} or newer to run its language server.`;
  if (checks.length === 0) {
    return `${head} No Java was found (captureguard.java.home, JDK_HOME and JAVA_HOME are unset and there is no java on the PATH). Set captureguard.java.home to a Java ${MINIMUM_JAVA_RELEASE}+ installation.`;
  }
  const found = checks.map((c) => `${c.candidate.origin}: ${c.candidate.executable} ${outcomeText(c)}`);
  return `${head} Tried ${found.join('; ')}. Set captureguard.java.home to a Java ${MINIMUM_JAVA_RELEASE}+ installation.`;
}

function outcomeText(check: JavaCheck): string {
  switch (check.outcome) {
    case 'usable':
      return `is Java ${check.release}`;
    case 'too-old':
      return `is Java ${check.release}, too old`;
    case 'not-found':
      return 'does not exist';
    case 'unreadable':
      return `did not report a version (${check.detail})`;
  }
}
