import assert = require('node:assert/strict');
import { execFileSync, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { DEFAULT_JVM_FLAGS, serverLaunch } from '../../src/serverCommand';

test('serve --stdio comes after the JVM flags, the user flags after ours', () => {
  const launch = serverLaunch('/usr/bin/java', '/ext/server/captureguard.jar', [' -Xmx1g ', '', '-Xss32m']);
  assert.equal(launch.command, '/usr/bin/java');
  assert.deepEqual(launch.args, [...DEFAULT_JVM_FLAGS, '-Xmx1g', '-Xss32m', '-jar', '/ext/server/captureguard.jar', 'serve', '--stdio']);
});

test('a Java 17 runtime accepts our flags, and VM output it would print on stdout (the protocol stream) goes to stderr', () => {
  const java = execFileSync('sh', ['-c', 'command -v java']).toString().trim();
  // PrintFlagsFinal stands for any VM message: without our flags it lands on stdout.
  const bare = spawnSync(java, ['-XX:+PrintFlagsFinal', '-version'], { encoding: 'utf8' });
  assert.match(bare.stdout, /UseSerialGC/);
  const ours = spawnSync(java, [...DEFAULT_JVM_FLAGS, '-XX:+PrintFlagsFinal', '-version'], { encoding: 'utf8' });
  assert.equal(ours.status, 0, ours.stderr);
  assert.equal(ours.stdout, '');
  assert.match(ours.stderr, /bool UseSerialGC += true/);
});
