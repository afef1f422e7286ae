import assert = require('node:assert/strict');
import { test } from 'node:test';
import { statusText } from '../../src/serverState';

test('the status item tells each state apart and marks failures as errors', () => {
  const starting = statusText({ kind: 'starting' });
  const running = statusText({ kind: 'running', java: '/usr/bin/java', release: 17 });
  const stopped = statusText({ kind: 'stopped', reason: 'stopped on request' });
  const failed = statusText({ kind: 'failed', reason: 'captureguard needs Java 17 or newer' });
  assert.equal(new Set([starting.text, running.text, stopped.text, failed.text]).size, 4);
  assert.match(running.tooltip, /Java 17 \(\/usr\/bin\/java\)/);
  assert.match(failed.tooltip, /needs Java 17/);
  assert.deepEqual([starting, running, stopped, failed].map((s) => s.isError), [false, false, false, true]);
});
