import { type InfraPiece, infraDown, infraRunning, infraUp } from './infra';

/** Pieces to start; GOSHIP_INFRA narrows it (e.g. `GOSHIP_INFRA=go-mirror npx jest test/e2e/setup-go`). */
export default async function globalSetup(): Promise<void> {
  const pieces = (process.env.GOSHIP_INFRA ?? 'go-mirror,registry,cluster,otel')
    .split(',')
    .filter(Boolean) as InfraPiece[];
  // Pieces someone else already runs (another test run, a developer's shell) are used but never stopped.
  const ours = pieces.filter((p) => !infraRunning(p));
  // Independent pieces start in parallel; each takes seconds once built.
  const results = await Promise.allSettled(pieces.map((p) => infraUp(p)));
  const started = pieces.filter((p, i) => results[i]!.status === 'fulfilled' && ours.includes(p));
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${pieces[i]}: ${r.reason}`] : []));
  if (failed.length > 0) {
    // Jest skips globalTeardown when setup throws: stop what did start.
    for (const piece of started) infraDown(piece);
    throw new Error(`test infrastructure failed to start:\n${failed.join('\n')}`);
  }
  for (const r of results) if (r.status === 'fulfilled') Object.assign(process.env, r.value);
  // The cluster may come up without its real node: say why once (tests that need it skip with this reason).
  if (process.env.REAL_NODE_UNAVAILABLE)
    process.stderr.write(`cluster: no real node: ${process.env.REAL_NODE_UNAVAILABLE}\n`);
  process.env.GOSHIP_INFRA_STARTED = started.join(',');
}
