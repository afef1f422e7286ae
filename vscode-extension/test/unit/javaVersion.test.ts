import assert = require('node:assert/strict');
import { test } from 'node:test';
import { javaFeatureRelease } from '../../src/javaVersion';

// Real first lines of `java -version` from the runtimes users have.
const cases: [string, number | undefined][] = [
  ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
  ['java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)', 8],
  ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21],
  ['openjdk version "22-ea" 2024-03-19', 22],
  ['openjdk version "11.0.21" 2023-10-17 LTS', 11],
  ['java version "9"\nJava(TM) SE Runtime Environment (build 9+181)', 9],
  ['Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "25.0.1" 2025-10-21', 25],
  ['Error: could not find libjava.so', undefined],
  ['', undefined],
];

for (const [output, expected] of cases) {
  test(`reads ${JSON.stringify(output.split('\n').find((l) => l.includes('version')) ?? output)} as ${expected}`, () => {
    assert.equal(javaFeatureRelease(output), expected);
  });
}
