import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickBatch, type WaitingBatch } from './fair-share';

const batch = (id: string, priority: number, running: number, minute: number): WaitingBatch => ({
  id,
  priority,
  running,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
});

test('higher priority goes first, whatever else', () => {
  assert.equal(pickBatch([batch('old', 0, 0, 1), batch('urgent', 5, 3, 9)])?.id, 'urgent');
});

test('among equal priorities the batch with fewer running jobs goes next, so batches take turns', () => {
  assert.equal(pickBatch([batch('huge', 0, 2, 1), batch('small', 0, 0, 5)])?.id, 'small');
  assert.equal(pickBatch([batch('huge', 0, 1, 1), batch('small', 0, 1, 5)])?.id, 'huge');
});

test('ties go to the older batch; nothing waiting gives null', () => {
  assert.equal(pickBatch([batch('b', 0, 0, 2), batch('a', 0, 0, 1)])?.id, 'a');
  assert.equal(pickBatch([]), null);
});
