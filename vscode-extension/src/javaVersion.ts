/**
 * The feature release of a Java runtime from what `java -version` prints, e.g. 17 for
 * `openjdk version "17.0.9" 2023-10-17`, 8 for `java version "1.8.0_381"`, 22 for `"22-ea"`.
 * Runtimes print other lines before it (`Picked up JAVA_TOOL_OPTIONS: …`), so the line is searched
 * for, not assumed to come first. Undefined when no version can be read.
 */
export function javaFeatureRelease(versionOutput: string): number | undefined {
  const quoted = /\bversion "([^"]+)"/.exec(versionOutput);
  if (!quoted) {
    return undefined;
  }
  const text = quoted[1];
  // Before Java 9 the scheme was 1.<release>.0_<update>.
  const legacy = /^1\.(\d+)/.exec(text);
  if (legacy) {
    return Number(legacy[1]);
  }
  const modern = /^(\d+)/.exec(text);
  return modern ? Number(modern[1]) : undefined;
}

export const MINIMUM_JAVA_RELEASE = 17;
