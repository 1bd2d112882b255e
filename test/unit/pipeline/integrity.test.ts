import { checkIntegrity, integrityTable } from '../../../packages/pipeline/src/integrity';
import * as observations from '../../../packages/pipeline/src/observations';

describe('the integrity report', () => {
  const observations = [
    { subject: 'port' as const, layer: 'binary', where: '-X main.port', value: '8080' },
    { subject: 'port' as const, layer: 'image', where: 'ENV PORT', value: '8080' },
    { subject: 'port' as const, layer: 'manifests', where: 'Service/hello port', value: 80, compares: false },
    { subject: 'port' as const, layer: 'cluster', where: 'EndpointSlice hello-x port http', value: 9090 },
    { subject: 'port' as const, layer: 'process', where: 'listening', value: undefined },
    { subject: 'version' as const, layer: 'smoke test', where: 'GET /version', value: '1.2.3' },
  ];

  test('every comparing observation must equal the declared value; a disagreement names both places', () => {
    const r = checkIntegrity({ port: 8080, version: '1.2.3' }, observations);
    expect(r.consistent).toBe(false);
    expect(r.problems).toEqual([
      'port: cluster EndpointSlice hello-x port http says 9090, but the build declared 8080 (as binary -X main.port says)',
    ]);
    expect(r.rows.map((x) => x.status)).toEqual([
      'agrees',
      'agrees',
      'listed',
      'differs',
      'absent',
      'agrees',
    ]);
  });

  test('agreement is consistent; the table shows each subject with its declared value', () => {
    const ok = checkIntegrity(
      { port: 8080, version: '1.2.3' },
      observations.filter((o) => o.value !== 9090),
    );
    expect(ok.consistent).toBe(true);
    const md = integrityTable(ok);
    expect(md).toContain('#### port: 8080');
    expect(md).toContain('| manifests | Service/hello port | 80 | · |');
    expect(md).toContain('| process | listening | — | — |');
    expect(md).not.toContain('Disagreements');
  });
});

describe('live objects as cluster rows', () => {
  // As liveFacts (packages/pipeline/src/live.ts) reports a Service with ports http (8080) and metrics (9100) behind port 80.
  const facts = [
    { subject: 'port' as const, where: 'EndpointSlice hello-x port http (2 endpoints)', value: 8080 },
    { subject: 'port' as const, where: 'EndpointSlice hello-x port metrics (2 endpoints)', value: 9100 },
    { subject: 'digest' as const, where: 'Pod hello-1 hello imageID', value: 'sha256:abc' },
  ];

  test('only the http port is compared; a fleet names the cluster in each row', () => {
    const { liveObservations } = observations;
    expect(liveObservations(facts)).toEqual([
      { ...facts[0], layer: 'cluster', compares: true },
      { ...facts[1], layer: 'cluster', compares: false },
      { ...facts[2], layer: 'cluster', compares: true },
    ]);
    expect(liveObservations(facts, 'eu-west').map((r) => r.where)[0]).toBe(
      '[eu-west] EndpointSlice hello-x port http (2 endpoints)',
    );
    const report = checkIntegrity({ port: 8080 }, liveObservations(facts));
    expect(report.consistent).toBe(true);
    expect(checkIntegrity({ port: 9100 }, liveObservations(facts)).problems[0]).toContain('port http');
  });
});
