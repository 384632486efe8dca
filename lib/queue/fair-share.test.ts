import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickBatch, type WaitingBatch } from './fair-share';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const batch = (id: string, priority: number, running: number, created: number, lastClaimed: number | null = null): WaitingBatch => ({
  id,
  priority,
  running,
  createdAt: at(created),
  lastClaimedAt: lastClaimed === null ? null : at(lastClaimed),
});

test('higher priority goes first, whatever else', () => {
  assert.equal(pickBatch([batch('old', 0, 0, 1), batch('urgent', 5, 3, 9, 10)])?.id, 'urgent');
});

test('among equal priorities the batch with fewer running jobs goes next', () => {
  assert.equal(pickBatch([batch('huge', 0, 2, 1, 8), batch('small', 0, 0, 5, 9)])?.id, 'small');
});

test('then the batch served longest ago, so batches take turns even with one worker', () => {
  assert.equal(pickBatch([batch('huge', 0, 0, 1, 9), batch('small', 0, 0, 5)])?.id, 'small');
  assert.equal(pickBatch([batch('huge', 0, 0, 1, 7), batch('small', 0, 0, 5, 8)])?.id, 'huge');
});

test('ties go to the older batch; nothing waiting gives null', () => {
  assert.equal(pickBatch([batch('b', 0, 0, 2), batch('a', 0, 0, 1)])?.id, 'a');
  assert.equal(pickBatch([]), null);
});
