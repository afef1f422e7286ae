import assert = require('node:assert/strict');
import { test } from 'node:test';
import { CrashPolicy } from '../../src/crashPolicy';

test('a server that keeps dying is restarted three times, then left stopped', () => {
  let now = 0;
  const policy = new CrashPolicy(3, 180_000, () => now);
  const answers = [];
  for (let i = 0; i < 6; i++) {
    answers.push(policy.shouldRestart());
    now += 1_000;
  }
  assert.deepEqual(answers, [true, true, true, false, false, false]);
  assert.match(policy.describeGivingUp(), /stopped 4 times in 3 minutes.*Restart server/);
});

test('crashes far apart never add up', () => {
  let now = 0;
  const policy = new CrashPolicy(3, 180_000, () => now);
  for (let i = 0; i < 10; i++) {
    assert.equal(policy.shouldRestart(), true, `crash ${i}`);
    now += 61_000;
  }
});
