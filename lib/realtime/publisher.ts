// The one way events leave the domain code. Sinks (the Socket.IO server; later a cross-process
// emitter) register here; route handlers and the worker loop publish without knowing who listens.
// Each event is counted (pdf_batch_events_emitted_total).
import type { OutboundEvent } from '../events';
import { log } from '../log';
import { metrics } from '../metrics/instruments';
import { processShared } from '../runtime/process-shared';

export type EventSink = (event: OutboundEvent) => void;

const sinks = processShared('event-sinks', () => new Set<EventSink>());

export function addEventSink(sink: EventSink): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

export function publish(event: OutboundEvent): void {
  metrics().eventsEmitted.inc({ event: event.name });
  for (const sink of sinks) {
    try {
      sink(event);
    } catch (err) {
      log.error({ err, event: event.name }, 'event sink failed');
    }
  }
}
