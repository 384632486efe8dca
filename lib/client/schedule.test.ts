import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoToLocalInput, localInputToIso, scheduleOf } from './schedule';

const now = Date.parse('2026-12-04T12:00:00Z');

test('a batch is held, scheduled for a time still ahead, or neither; an ended batch is neither', () => {
  assert.deepEqual(scheduleOf({ status: 'queued', held: true, start_at: null }, now), { kind: 'held' });
  assert.deepEqual(scheduleOf({ status: 'queued', held: false, start_at: '2026-12-04T13:00:00.000Z' }, now), { kind: 'scheduled', startAt: '2026-12-04T13:00:00.000Z' });
  assert.equal(scheduleOf({ status: 'queued', held: false, start_at: '2026-12-04T11:00:00.000Z' }, now), null, 'its time has come');
  assert.equal(scheduleOf({ status: 'cancelled', held: true, start_at: null }, now), null);
  assert.equal(scheduleOf({ status: 'queued', held: undefined, start_at: undefined }, now), null, 'an older server sends neither');
});

test('a datetime-local value is the reader\'s local time, and back', () => {
  const local = isoToLocalInput(now);
  assert.match(local, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  assert.equal(localInputToIso(local), new Date(now).toISOString());
  assert.equal(localInputToIso(''), null);
  assert.equal(localInputToIso('not a time'), null);
});
