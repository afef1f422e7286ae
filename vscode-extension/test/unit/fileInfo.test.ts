import assert = require('node:assert/strict');
import { test } from 'node:test';
import { describeFileInfo, FileInfo, goVersionLabel } from '../../src/fileInfo';
import { statusText } from '../../src/serverState';

const RUNNING = { kind: 'running', java: '/usr/bin/java', release: 17 } as const;
const FROM_GO_MOD: FileInfo = {
  goVersion: '1.21', source: 'goMod', description: 'Go 1.21 (from go.mod)', goMod: 'file:///work/pool/go.mod',
};

test('the status item of a running server names the version in the go command\'s spelling', () => {
  const status = statusText(RUNNING, FROM_GO_MOD);
  assert.equal(status.text, '$(check) captureguard · go1.21');
  assert.equal(goVersionLabel(FROM_GO_MOD), 'go1.21');
  assert.match(status.tooltip, /^captureguard: server running on Java 17 \(\/usr\/bin\/java\)\./);
  assert.match(status.tooltip, /This file is read as Go 1\.21, from \/work\/pool\/go\.mod\./);
  assert.match(status.tooltip, /Click for the server log\.$/);
  assert.equal(status.isError, false);
});

test('without an answer about the file the item shows the server only, as before', () => {
  const status = statusText(RUNNING);
  assert.equal(status.text, '$(check) captureguard');
  assert.equal(status.tooltip, 'captureguard: server running on Java 17 (/usr/bin/java). Click for the server log.');
});

test('a server that is not running shows no version, whatever was learnt before', () => {
  for (const state of [{ kind: 'starting' }, { kind: 'stopped', reason: 'crashed' }, { kind: 'failed', reason: 'no Java' }] as const) {
    assert.doesNotMatch(statusText(state, FROM_GO_MOD).text, /go1/, state.kind);
  }
});

test('each source reads as a reason, with the go.mod as a path', () => {
  const of = (source: string, goMod?: string) =>
    describeFileInfo({ goVersion: '1.22', source, description: `Go 1.22 (${source})`, goMod });
  assert.equal(of('settings'), 'This file is read as Go 1.22, set by captureguard.goVersion.');
  assert.equal(of('buildLine'), 'This file is read as Go 1.22, from its //go:build line.');
  assert.equal(of('goMod', 'file:///a%20b/go.mod'), 'This file is read as Go 1.22, from /a b/go.mod.');
  assert.equal(of('goModDefault', 'file:///m/go.mod'), 'This file is read as Go 1.22: /m/go.mod has no go line, which means 1.16.');
  assert.equal(of('noModule'), 'This file is read as Go 1.22: no go.mod above it, so the newest semantics.');
});

test('a source this client does not know yet falls back to the server\'s own words', () => {
  const info = { goVersion: '1.23', source: 'goWork', description: 'Go 1.23 (from go.work)' };
  assert.equal(describeFileInfo(info), 'This file is read as Go 1.23 (from go.work).');
  assert.equal(statusText(RUNNING, info).text, '$(check) captureguard · go1.23');
});
