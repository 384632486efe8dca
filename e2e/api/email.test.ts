// Batch-end e-mail (SMTP_URL, NOTIFY_EMAIL, per batch notify_email): a real SMTP server (the
// smtp-server package) started here receives what nodemailer sends. It refuses the first attempts
// to show the retries; the message is one per batch end, with the counts, each failure with its
// reason and a link on PUBLIC_URL; and a message not yet sent survives a restart (the outbox).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { uploadBatch, waitForBatch } from '../support/api';
import { makeTextPdf } from '../support/make-pdf';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../support/server';

type Received = { to: string[]; raw: string };
const received: Received[] = [];
/** RCPT TO commands refused (451, "try later"), in order. */
const refused: string[] = [];
let refuseNext = 0;
/** Addresses refused every time. */
const alwaysRefused = new Set<string>();

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (refuseNext > 0 || alwaysRefused.has(address.address)) {
      if (refuseNext > 0) refuseNext--;
      refused.push(address.address);
      return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

const dataDir = await makeDataDir();
let env: Record<string, string> = {};
let server: TestServer;
let good: Buffer;

before(async () => {
  good = await makeTextPdf(1, 'E-mail test');
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  env = {
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    NOTIFY_EMAIL: 'ops@example.com',
    EMAIL_FROM: 'pdf-batch <robot@example.com>',
    PUBLIC_URL: 'https://pdf.example.test/',
    EMAIL_MAX_ATTEMPTS: '5',
  };
  server = await startServer({ dataDir, env });
});
after(async () => {
  await server?.stop();
  await removeDataDir(dataDir);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The message's text with quoted-printable soft breaks and escapes undone (nodemailer may use it). */
const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const messagesFor = (batchId: string) => received.filter((m) => decoded(m.raw).includes(batchId));

async function waitForMessage(batchId: string, timeoutMs = 60_000): Promise<Received> {
  const deadline = Date.now() + timeoutMs;
  while (messagesFor(batchId).length === 0) {
    if (Date.now() > deadline) throw new Error(`no e-mail about ${batchId}; refused: ${JSON.stringify(refused)}\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return messagesFor(batchId)[0];
}

test('a batch end is e-mailed to NOTIFY_EMAIL once, after two refused attempts: outcome, counts, failures with reasons, link', async () => {
  refuseNext = 2;
  const { status, body } = await uploadBatch(server.url, [
    { name: 'good.pdf', content: good },
    { name: 'broken.pdf', content: 'These are notes, not a PDF.\n' },
  ], { name: 'Mailed batch' });
  assert.equal(status, 201);
  const batch = await waitForBatch(server.url, body.batch_id);
  assert.equal(batch.status, 'completed_with_errors');

  const message = await waitForMessage(body.batch_id);
  assert.deepEqual(refused, ['ops@example.com', 'ops@example.com'], 'two attempts refused before the one that went through');
  assert.deepEqual(message.to, ['ops@example.com']);
  const text = decoded(message.raw);
  assert.match(text, /^Subject: Completed with errors: Mailed batch \(1 of 2 done\)\r?$/m);
  assert.match(text, /^From: "pdf-batch" <robot@example\.com>\r?$/m);
  assert.match(text, /Files: 2\r?\nCompleted: 1\r?\nFailed: 1/);
  const reason = batch.jobs.find((j) => j.filename === 'broken.pdf')?.error;
  assert.ok(reason);
  assert.ok(text.includes(`- broken.pdf: ${reason} (validation_error)`), `the failure and its reason are listed:\n${text}`);
  assert.ok(text.includes(`Open the batch: https://pdf.example.test/batch?batch=${body.batch_id}`), 'the link uses PUBLIC_URL');
  assert.match(text, /Content-Type: text\/html/, 'an HTML part too');

  await new Promise((resolve) => setTimeout(resolve, 4000));
  assert.equal(messagesFor(body.batch_id).length, 1, 'sent once');
});

test("a batch's own notify_email gets its message instead of NOTIFY_EMAIL", async () => {
  const { body } = await uploadBatch(server.url, [{ name: 'good.pdf', content: good }], { name: 'Just mine', notify_email: 'me@example.org' });
  assert.equal((await waitForBatch(server.url, body.batch_id)).status, 'completed');
  const message = await waitForMessage(body.batch_id);
  assert.deepEqual(message.to, ['me@example.org']);
  assert.match(decoded(message.raw), /^Subject: Completed: Just mine \(1 of 1 done\)\r?$/m);
  const bad = await uploadBatch(server.url, [{ name: 'good.pdf', content: good }], { notify_email: 'not an address' });
  assert.equal(bad.status, 400);
});

test('a message the mail server keeps refusing is still sent after the app restarts (it waits in the database)', async () => {
  refuseNext = 1_000;
  const { body } = await uploadBatch(server.url, [{ name: 'good.pdf', content: good }], { name: 'Across a restart', notify_email: 'restart@example.org' });
  assert.equal((await waitForBatch(server.url, body.batch_id)).status, 'completed');
  const deadline = Date.now() + 30_000;
  while (!refused.includes('restart@example.org')) {
    if (Date.now() > deadline) throw new Error(`no attempt was made\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(await server.stop(), 0);
  refuseNext = 0;
  server = await startServer({ dataDir, env });
  const message = await waitForMessage(body.batch_id);
  assert.deepEqual(message.to, ['restart@example.org']);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  assert.equal(messagesFor(body.batch_id).length, 1);
});

test('a message refused EMAIL_MAX_ATTEMPTS times is given up, and logged', async () => {
  await server.stop();
  server = await startServer({ dataDir, env: { ...env, EMAIL_MAX_ATTEMPTS: '3' } });
  alwaysRefused.add('never@example.org');
  const { body } = await uploadBatch(server.url, [{ name: 'good.pdf', content: good }], { name: 'Never delivered', notify_email: 'never@example.org' });
  assert.equal((await waitForBatch(server.url, body.batch_id)).status, 'completed');
  const deadline = Date.now() + 60_000;
  while (!server.output().includes('batch e-mail not sent: giving up')) {
    if (Date.now() > deadline) throw new Error(`not given up; refused: ${JSON.stringify(refused)}\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 5000)); // past the next backoff: no fourth attempt
  assert.equal(refused.filter((a) => a === 'never@example.org').length, 3, 'three attempts (1 s and 2 s apart), then no more');
  assert.equal(messagesFor(body.batch_id).length, 0);
  assert.match(server.output(), /"problem":"the mail server answered 451[^"]*Mailbox busy/);
});
