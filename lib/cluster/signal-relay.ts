// Carries the queue's signals (new work, abort these jobs) to every process on the same Postgres
// database with LISTEN/NOTIFY, so a worker wakes as soon as any web node accepts a batch, and a
// job cancelled through any node stops on whichever worker runs it. Polling remains the fallback
// while the listening connection is down.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { log } from '../log';
import { deliverRemoteSignal, setSignalRelay, type QueueSignal } from '../queue/signals';

const CHANNEL = 'pdf_batch_signals';
/** NOTIFY payloads must stay under 8,000 bytes: job ids go in chunks. */
const IDS_PER_MESSAGE = 200;
const RECONNECT_MS = 2000;

type Message = QueueSignal & { from: string };

export type SignalRelay = { stop: () => Promise<void> };

export async function startSignalRelay(pool: pg.Pool): Promise<SignalRelay> {
  const self = randomUUID();
  let listener: pg.PoolClient | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (msg: pg.Notification) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    try {
      const message = JSON.parse(msg.payload) as Message;
      if (message.from !== self) deliverRemoteSignal(message);
    } catch (err) {
      log.warn({ err }, 'ignored a malformed queue signal');
    }
  };

  async function listen(): Promise<void> {
    const client = await pool.connect();
    if (stopped) {
      // stop() ran while this reconnect was connecting: nothing may keep the pool from ending.
      client.release();
      return;
    }
    client.on('notification', onNotification);
    client.on('error', (err) => {
      log.warn({ err }, 'queue signals: the listening connection was lost; reconnecting');
      client.release(err);
      if (listener === client) listener = null;
      scheduleReconnect();
    });
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  }

  function scheduleReconnect(): void {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      listen().catch((err) => {
        log.warn({ err }, 'queue signals: could not listen yet');
        scheduleReconnect();
      });
    }, RECONNECT_MS);
    retry.unref();
  }

  const send = (signal: QueueSignal) => {
    const messages: Message[] =
      signal.kind === 'abort'
        ? chunks(signal.jobIds, IDS_PER_MESSAGE).map((jobIds) => ({ kind: 'abort', jobIds, from: self }))
        : [{ ...signal, from: self }];
    for (const message of messages) {
      pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]).catch((err) => log.warn({ err }, 'queue signal not sent'));
    }
  };

  await listen();
  setSignalRelay(send);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      setSignalRelay(null);
      if (listener) {
        const client = listener;
        listener = null;
        await client.query(`UNLISTEN ${CHANNEL}`).catch(() => {});
        client.release();
      }
    },
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
