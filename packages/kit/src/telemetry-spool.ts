/*
 * A cancelled run's trace outlives its step (issue 21: the export is flushed "in the post step when a job is
 * cancelled"). A cancelled step is signalled, then killed if it does not end in time; a trace still in the
 * batch processor then is lost. So the SDK side (loaded with telemetry-sdk.ts) keeps every span it ended, and
 * once the run is cancelled writes them as one OTLP/JSON request to a file named in the step's state
 * (`saveState`), removed when the export succeeded. The post step (`post-if: cancelled()`, trace-post.ts)
 * sends a file that is left. Spans still open when the grace period ends are ended as cancelled first, so
 * the file holds the whole tree as far as the run got.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Context, type Span, SpanStatusCode } from '@opentelemetry/api';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace';
import { SPOOL_STATE } from './trace-post.js';

/** Where a cancelled run's spans go: a file in `dir`, named in the step's state for the post step. */
export class TraceSpool {
  constructor(
    private readonly dir: string,
    private readonly saveState: (name: string, value: string) => void,
  ) {}

  /** Writes what the processor ended; returns the file (undefined when nothing had ended). */
  write(spans: SpoolProcessor): string | undefined {
    const file = spans.write(this.dir);
    if (file) this.saveState(SPOOL_STATE, file);
    return file;
  }

  /** The trace reached the collector: nothing for the post step to send. */
  sent(file: string): void {
    rmSync(file, { force: true });
    this.saveState(SPOOL_STATE, '');
  }
}

/** Remembers the spans of this run: the open ones (to end them on cancel) and the ended ones (to spool). */
export class SpoolProcessor implements SpanProcessor {
  private readonly open = new Set<Span>();
  private readonly ended: ReadableSpan[] = [];

  onStart(span: Span, _parent: Context): void {
    this.open.add(span);
  }

  onEnd(span: ReadableSpan): void {
    // The SDK hands the same object to onStart and onEnd.
    this.open.delete(span as unknown as Span);
    this.ended.push(span);
  }

  /** Ends every span still open (the innermost first) with status ERROR and the run's cancellation. */
  endOpen(message: string): void {
    for (const s of [...this.open].reverse()) {
      s.setAttribute('cicd.pipeline.task.run.result', 'cancellation');
      s.setStatus({ code: SpanStatusCode.ERROR, message });
      s.end();
    }
  }

  /** Writes the ended spans as one OTLP/JSON export request; returns the file, or undefined with none. */
  write(dir: string): string | undefined {
    if (this.ended.length === 0) return undefined;
    // One file per step: a later write (at shutdown, with the spans that ended since) replaces the earlier.
    const file = join(dir, `goship-trace-${process.pid}.json`);
    const body = JsonTraceSerializer.serializeRequest(this.ended);
    if (!body) return undefined;
    writeFileSync(file, body, { mode: 0o600 });
    return file;
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
