import { checkIntegrity, integrityTable } from '../../../packages/pipeline/src/integrity';

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
