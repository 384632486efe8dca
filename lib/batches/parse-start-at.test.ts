import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors';
import { parseStartAt } from './parse-start-at';

const now = new Date('2026-12-04T12:00:00Z');
const refusal = (value: string) => {
  try {
    parseStartAt(value, now);
  } catch (err) {
    assert.ok(err instanceof AppError);
    assert.equal(err.status, 422);
    return err.message;
  }
  assert.fail(`${value} was accepted`);
};

test('a future ISO 8601 date-time with an offset is the instant it names', () => {
  assert.equal(parseStartAt('2026-12-05T08:00:00Z', now).toISOString(), '2026-12-05T08:00:00.000Z');
  assert.equal(parseStartAt('2026-12-05T09:00+01:00', now).toISOString(), '2026-12-05T08:00:00.000Z');
  assert.equal(parseStartAt('2026-12-04T11:59:30Z', now).toISOString(), '2026-12-04T11:59:30.000Z', 'half a minute ago: clock skew, still accepted');
});

test('unparsable, offset-less, past and far-future values are refused with a reason', () => {
  assert.match(refusal('tomorrow'), /not a date-time/);
  assert.match(refusal('2026-12-05T08:00:00'), /not a date-time/);
  assert.match(refusal('2026-13-45T08:00:00Z'), /not a date-time/);
  assert.match(refusal('2026-12-04T10:00:00Z'), /in the past/);
  assert.match(refusal('2028-01-01T00:00:00Z'), /more than a year ahead/);
});
