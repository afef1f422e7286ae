import assert = require('node:assert/strict');
import { test } from 'node:test';
import { serverSettings } from '../../src/serverSettings';

/** The `captureguard` section as VS Code's getConfiguration returns it: defaults merged in. */
function section(values: Record<string, unknown>) {
  const pkg = require('../../../package.json');
  const properties: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;
  const merged: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(properties)) {
    merged[key.slice('captureguard.'.length)] = spec.default;
  }
  Object.assign(merged, values);
  return { get: <T>(key: string) => merged[key] as T | undefined };
}

test('the contributed defaults map to the contract defaults', () => {
  assert.deepEqual(serverSettings(section({})), {
    enable: true,
    rules: { ignore: [] },
    severity: {},
    goVersion: '',
    debounceMs: 0,
    respectNolint: true,
    preferParameterForm: false,
  });
});

test('user values reach the server in the contract shape, without client-only keys', () => {
  const mapped = serverSettings(section({
    enable: false,
    'rules.select': ['loopvar-capture', 'defer-in-loop'],
    'rules.ignore': ['redundant-copy'],
    severity: { 'defer-in-loop': 'error', 'late-binding': 'hint' },
    goVersion: ' 1.21 ',
    debounceMs: 250,
    respectNolint: false,
    preferParameterForm: true,
    'java.home': '/opt/jdk',
    'server.path': '/tmp/cg.jar',
    'server.jvmArgs': ['-Xmx1g'],
  }));
  assert.deepEqual(mapped, {
    enable: false,
    rules: { select: ['loopvar-capture', 'defer-in-loop'], ignore: ['redundant-copy'] },
    severity: { 'defer-in-loop': 'error', 'late-binding': 'hint' },
    goVersion: '1.21',
    debounceMs: 250,
    respectNolint: false,
    preferParameterForm: true,
  });
  assert.equal(JSON.stringify(mapped).includes('jdk'), false);
});

test('an empty selection is kept: it means no rule, unlike an unset one', () => {
  assert.deepEqual(serverSettings(section({ 'rules.select': [] })).rules, { select: [], ignore: [] });
  assert.deepEqual(serverSettings(section({ 'rules.select': null })).rules, { ignore: [] });
});

test('a section without contributed defaults (another client) still yields the contract defaults', () => {
  const mapped = serverSettings({ get: () => undefined });
  assert.equal(mapped.enable, true);
  assert.equal(mapped.debounceMs, 0);
  assert.deepEqual(mapped.rules, { ignore: [] });
});

test('every contract setting and rule name is contributed with a description', () => {
  const pkg = require('../../../package.json');
  const properties: Record<string, { description?: string; markdownDescription?: string }> =
    pkg.contributes.configuration.properties;
  const keys = ['enable', 'rules.select', 'rules.ignore', 'severity', 'goVersion', 'debounceMs', 'respectNolint',
    'preferParameterForm', 'java.home', 'server.path', 'server.jvmArgs'];
  assert.deepEqual(Object.keys(properties).sort(), keys.map((k) => `captureguard.${k}`).sort());
  for (const [key, spec] of Object.entries(properties)) {
    assert.ok(spec.description || spec.markdownDescription, `${key} has no description`);
  }
  const rules = ['loopvar-capture', 'loopvar-address', 'late-binding', 'defer-in-loop', 'defer-eager-arg',
    'redundant-copy', 'suppression'];
  assert.deepEqual((properties['captureguard.rules.ignore'] as { items: { enum: string[] } }).items.enum, rules);
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations,
    ['captureguard.java.home', 'captureguard.server.path', 'captureguard.server.jvmArgs']);
});
