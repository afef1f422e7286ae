import assert = require('node:assert/strict');
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { DEFAULT_JVM_FLAGS, serverLaunch } from '../../src/serverCommand';

test('serve --stdio comes after the JVM flags, the user flags after ours', () => {
  const launch = serverLaunch('/usr/bin/java', '/ext/server/captureguard.jar', [' -Xmx1g ', '', '-Xss32m']);
  assert.equal(launch.command, '/usr/bin/java');
  assert.deepEqual(launch.args, [...DEFAULT_JVM_FLAGS, '-Xmx1g', '-Xss32m', '-jar', '/ext/server/captureguard.jar', 'serve', '--stdio']);
});

test('a Java 17 runtime accepts our flags and prints nothing on stdout, the protocol stream', () => {
  const java = execFileSync('sh', ['-c', 'command -v java']).toString().trim();
  // -XX:+PrintFlagsFinal would go to stdout without DisplayVMOutputToStderr; a bad -Xlog target
  // would make the JVM refuse to start.
  const run = spawnSync(java, [...DEFAULT_JVM_FLAGS, '-Xlog:gc=warning', '-version'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /version "/);
});
