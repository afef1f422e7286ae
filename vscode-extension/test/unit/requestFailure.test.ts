import assert = require('node:assert/strict');
import { test } from 'node:test';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { failedWithTheConnection } from '../../src/requestFailure';

test('a request written into the pipe of a dead server failed with the connection, even before the client noticed', () => {
  const epipe = new ResponseError(ErrorCodes.MessageWriteError, 'write EPIPE');
  assert.equal(failedWithTheConnection(epipe, true), true);
});

test('answers lost when the connection closed, or asked of a client that stopped, failed with the connection', () => {
  for (const code of [ErrorCodes.PendingResponseRejected, ErrorCodes.ConnectionInactive, ErrorCodes.MessageReadError]) {
    assert.equal(failedWithTheConnection(new ResponseError(code, 'gone'), true), true, `code ${code}`);
  }
});

test('an error answered by a running server is a real failure, to be shown', () => {
  for (const code of [ErrorCodes.InternalError, ErrorCodes.InvalidParams, LSPErrorCodes.RequestFailed]) {
    assert.equal(failedWithTheConnection(new ResponseError(code, 'broken'), true), false, `code ${code}`);
  }
  assert.equal(failedWithTheConnection(new Error('a bug in a converter'), true), false);
});

test('whatever fails once the client no longer runs is about the connection', () => {
  assert.equal(failedWithTheConnection(new ResponseError(ErrorCodes.InternalError, 'broken'), false), true);
  assert.equal(failedWithTheConnection(new Error('stream destroyed'), false), true);
});
