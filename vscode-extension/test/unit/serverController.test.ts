import assert = require('node:assert/strict');
import { beforeEach, test } from 'node:test';
import { CrashPolicy } from '../../src/crashPolicy';
import { JavaDiscovery } from '../../src/javaDiscovery';
import { ServerLaunch } from '../../src/serverCommand';
import { ServerEvents } from '../../src/serverController';
import { ServerState } from '../../src/serverState';
import { EditorStub, install } from './vscodeStub';

const editor = new EditorStub();
install(editor);
// Loaded after the stub is in place: the controller imports 'vscode'.
const { ServerController } = require('../../src/serverController') as typeof import('../../src/serverController');

const JAVA_17: JavaDiscovery = {
  found: true,
  executable: '/usr/lib/jvm/java-17/bin/java',
  release: 17,
  checks: [{ candidate: { origin: 'JAVA_HOME', executable: '/usr/lib/jvm/java-17/bin/java' }, outcome: 'usable', release: 17 }],
};
const JAVA_11: JavaDiscovery = {
  found: false,
  checks: [{ candidate: { origin: 'PATH', executable: '/usr/bin/java' }, outcome: 'too-old', release: 11 }],
};

/** A controller whose server start is recorded; `java` and `files` say what the machine has. */
function controller(java: () => JavaDiscovery, files = ['/ext/server/captureguard.jar']) {
  const states: ServerState[] = [];
  const launches: ServerLaunch[] = [];
  const log: string[] = [];
  let stops = 0;
  let events: ServerEvents | undefined;
  const c = new ServerController({
    log: (line) => log.push(line),
    showLog: () => log.push('<shown>'),
    setState: (s) => states.push(s),
    findJava: async () => java(),
    jarPath: () => '/ext/server/captureguard.jar',
    jvmArgs: () => ['-Xmx512m'],
    isFile: (f) => files.includes(f),
    startServer: (launch, e) => {
      launches.push(launch);
      events = e;
      e.running();
      const generation = launches.length;
      // Each server answers with its own number, so a test can tell which one it asked.
      return {
        fileInfo: async () => ({ goVersion: `1.${20 + generation}`, source: 'goMod', description: '' }),
        stop: async () => { stops++; },
      };
    },
    crashPolicy: () => new CrashPolicy(3, 180_000, () => 0),
  });
  return { c, states, launches, log, stops: () => stops, events: () => events! };
}

beforeEach(() => {
  editor.errors.length = 0;
  editor.commands.length = 0;
  editor.nextChoice = undefined;
});

test('with Java 17 the jar is started with serve --stdio and the state becomes running', async () => {
  const t = controller(() => JAVA_17);
  await t.c.start();
  assert.equal(t.launches.length, 1);
  assert.equal(t.launches[0].command, '/usr/lib/jvm/java-17/bin/java');
  assert.deepEqual(t.launches[0].args.slice(-5), ['-Xmx512m', '-jar', '/ext/server/captureguard.jar', 'serve', '--stdio']);
  assert.deepEqual(t.states.map((s) => s.kind), ['starting', 'running']);
  assert.deepEqual(editor.errors, []);
});

test('Java 11 only: one clear message, a button to the setting, and no server started', async () => {
  const t = controller(() => JAVA_11);
  editor.nextChoice = 'Open Settings';
  await t.c.start();
  await editor.settle();
  assert.equal(t.launches.length, 0);
  assert.equal(editor.errors.length, 1);
  assert.match(editor.errors[0].message, /needs Java 17 or newer.*\/usr\/bin\/java is Java 11, too old/);
  assert.deepEqual(editor.errors[0].buttons, ['Open Settings', 'Show Log']);
  assert.deepEqual(editor.commands, [['workbench.action.openSettings', 'captureguard.java.home']]);
  assert.equal(t.states.at(-1)?.kind, 'failed');
});

test('after the user fixes Java, a restart starts the server; nothing retried on its own before that', async () => {
  let java: JavaDiscovery = JAVA_11;
  const t = controller(() => java);
  await t.c.start();
  await editor.settle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(t.launches.length, 0);
  assert.equal(editor.errors.length, 1);
  java = JAVA_17;
  await t.c.restart();
  assert.equal(t.launches.length, 1);
  assert.equal(t.states.at(-1)?.kind, 'running');
});

test('a missing jar points at captureguard.server.path', async () => {
  const t = controller(() => JAVA_17, []);
  editor.nextChoice = 'Open Settings';
  await t.c.start();
  await editor.settle();
  assert.equal(t.launches.length, 0);
  assert.match(editor.errors[0].message, /jar \/ext\/server\/captureguard\.jar does not exist/);
  assert.deepEqual(editor.commands, [['workbench.action.openSettings', 'captureguard.server.path']]);
});

/** Lets the controller's queued reactions to an event run. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

test('a server that keeps dying is started again three times, then reported once with a Restart button', async () => {
  const t = controller(() => JAVA_17);
  await t.c.start();
  for (let crash = 1; crash <= 3; crash++) {
    t.events().ended('the connection to the server closed');
    await settled();
  }
  assert.equal(t.launches.length, 4);
  assert.equal(editor.errors.length, 0);
  editor.nextChoice = 'Restart';
  t.events().ended('the connection to the server closed');
  await settled();
  await editor.settle();
  await settled();
  assert.equal(editor.errors.length, 1);
  assert.match(editor.errors[0].message, /stopped 4 times in 3 minutes/);
  assert.deepEqual(editor.errors[0].buttons, ['Restart', 'Show Log']);
  // The user's Restart starts the server with a fresh count.
  assert.equal(t.launches.length, 5);
  assert.equal(t.states.at(-1)?.kind, 'running');
  await t.c.stop();
});

test('events of a server already replaced are ignored', async () => {
  const t = controller(() => JAVA_17);
  await t.c.start();
  const old = t.events();
  await t.c.restart();
  old.ended('late news from the old server');
  await settled();
  assert.equal(t.launches.length, 2);
  assert.equal(t.states.at(-1)?.kind, 'running');
});

test('restart stops the old server before starting the new one; stop on deactivate stops it once', async () => {
  const t = controller(() => JAVA_17);
  await t.c.start();
  await Promise.all([t.c.restart(), t.c.restart()]);
  assert.equal(t.launches.length, 3);
  assert.equal(t.stops(), 2);
  await t.c.stop();
  await t.c.stop();
  assert.equal(t.stops(), 3);
  assert.deepEqual(t.states.at(-1), { kind: 'stopped', reason: 'stopped on request' });
});

test('the Go version of a file is asked of the current server, and of none while there is none', async () => {
  const uri = {} as import('vscode').Uri;
  const missing = controller(() => JAVA_11);
  await missing.c.start();
  assert.equal(await missing.c.fileInfo(uri), undefined);

  const t = controller(() => JAVA_17);
  await t.c.start();
  assert.equal((await t.c.fileInfo(uri))?.goVersion, '1.21');
  await t.c.restart();
  assert.equal((await t.c.fileInfo(uri))?.goVersion, '1.22');
  await t.c.stop();
  assert.equal(await t.c.fileInfo(uri), undefined);
});
