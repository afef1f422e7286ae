import assert = require('node:assert/strict');
import { test } from 'node:test';
import { describeMissingJava, discoverJava, DiscoveryEnvironment, javaCandidates } from '../../src/javaDiscovery';

/** A file system holding Java runtimes, each answering `-version` with its release. */
function machine(javas: Record<string, string>, where: Partial<DiscoveryEnvironment> = {}) {
  const probed: string[] = [];
  const env: DiscoveryEnvironment = {
    javaHomeSetting: '',
    env: {},
    platform: 'linux',
    isFile: (file) => file in javas,
    ...where,
  };
  const probe = async (exe: string) => {
    probed.push(exe);
    const version = javas[exe];
    if (version === 'broken') {
      throw new Error('spawn EACCES');
    }
    return `openjdk version "${version}" 2025-01-01\n`;
  };
  return { env, probe, probed };
}

test('the setting comes first, then JDK_HOME, JAVA_HOME and PATH', () => {
  const m = machine({ '/usr/bin/java': '17' }, {
    javaHomeSetting: '/opt/jdk21',
    env: { JDK_HOME: '/opt/jdk', JAVA_HOME: '/usr/lib/jvm/java-17', PATH: '/nowhere:/usr/bin' },
  });
  assert.deepEqual(javaCandidates(m.env), [
    { origin: 'captureguard.java.home', executable: '/opt/jdk21/bin/java' },
    { origin: 'JDK_HOME', executable: '/opt/jdk/bin/java' },
    { origin: 'JAVA_HOME', executable: '/usr/lib/jvm/java-17/bin/java' },
    { origin: 'PATH', executable: '/usr/bin/java' },
  ]);
});

test('Windows homes get java.exe and the PATH is split at semicolons', () => {
  const m = machine({ 'C:\\jdk\\bin\\java.exe': '17' }, {
    platform: 'win32',
    env: { JAVA_HOME: 'C:\\Program Files\\Java\\jdk-17', Path: 'C:\\Windows;C:\\jdk\\bin' },
  });
  assert.deepEqual(javaCandidates(m.env).map((c) => c.executable), [
    'C:\\Program Files\\Java\\jdk-17\\bin\\java.exe',
    'C:\\jdk\\bin\\java.exe',
  ]);
});

test('an old JAVA_HOME is passed over for a newer java on the PATH', async () => {
  const m = machine({ '/usr/lib/jvm/java-11/bin/java': '11.0.21', '/usr/bin/java': '21.0.2' }, {
    env: { JAVA_HOME: '/usr/lib/jvm/java-11', PATH: '/usr/bin' },
  });
  const found = await discoverJava(m.env, m.probe);
  assert.equal(found.found, true);
  assert.ok(found.found);
  assert.equal(found.executable, '/usr/bin/java');
  assert.equal(found.release, 21);
  assert.deepEqual(found.checks.map((c) => c.outcome), ['too-old', 'usable']);
});

test('a wrong captureguard.java.home is reported, not silently replaced by another Java', async () => {
  const m = machine({ '/opt/jdk8/bin/java': '1.8.0_381', '/usr/bin/java': '17.0.15' }, {
    javaHomeSetting: '/opt/jdk8',
    env: { PATH: '/usr/bin' },
  });
  const found = await discoverJava(m.env, m.probe);
  assert.equal(found.found, false);
  assert.deepEqual(m.probed, ['/opt/jdk8/bin/java']);
  assert.match(describeMissingJava(found.checks),
    /needs Java 17 or newer.*captureguard\.java\.home: \/opt\/jdk8\/bin\/java is Java 8, too old.*Set captureguard\.java\.home/);
});

test('missing and broken runtimes are each named in the message', async () => {
  const m = machine({ '/usr/bin/java': 'broken' }, {
    env: { JDK_HOME: '/gone', PATH: '/usr/bin' },
  });
  const found = await discoverJava(m.env, m.probe);
  assert.equal(found.found, false);
  const text = describeMissingJava(found.checks);
  assert.match(text, /JDK_HOME: \/gone\/bin\/java does not exist/);
  assert.match(text, /PATH: \/usr\/bin\/java did not report a version \(spawn EACCES\)/);
});

test('no Java at all says where it looked', async () => {
  const m = machine({}, { env: { PATH: '/usr/bin:/bin' } });
  const found = await discoverJava(m.env, m.probe);
  assert.equal(found.found, false);
  assert.deepEqual(found.checks, []);
  assert.match(describeMissingJava(found.checks), /No Java was found \(captureguard\.java\.home, JDK_HOME and JAVA_HOME are unset and there is no java on the PATH\)/);
});

test('the Java running this test is found through the real PATH and probe', async () => {
  const fs = await import('node:fs');
  const { probeJavaVersion } = await import('../../src/javaProbe');
  const found = await discoverJava({
    javaHomeSetting: '',
    env: { PATH: process.env.PATH },
    platform: process.platform,
    isFile: (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
  }, probeJavaVersion);
  assert.ok(found.found, describeMissingJava(found.checks));
  assert.ok(found.release >= 17);
});
