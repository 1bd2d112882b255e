/*
 * Secret values reach the caller's masking (log.secret) before any check can print them, and schema
 * errors about Secret data name the field and the type, never the value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { readRenderOptions, render, secretValues } from '../../../packages/manifests/src/index.js';
import { problems, rejection } from './helpers.js';

const SECRET = 'hunter2-correct-horse-battery';
const ENCODED = Buffer.from('s3cr3t-from-data').toString('base64');

async function renderSecret(stringData: string) {
  const ws = mkdtempSync(join(tmpdir(), 'secrets-'));
  writeFileSync(
    join(ws, 'secret.yaml'),
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  b: ${ENCODED}\nstringData:\n${stringData}`,
  );
  const options = await readRenderOptions(new Inputs(objectInputs({ source: 'files', files: '*.yaml' })), {
    workspace: ws,
    runnerTemp: ws,
    env: {},
  });
  const registered: string[] = [];
  const outcome = render({ ...options.request, log: { secret: (v) => registered.push(v) } });
  return { outcome, registered };
}

describe('Secret masking in render-manifests', () => {
  test('values are registered before a schema error, which does not quote them', async () => {
    // a list where a string belongs, and a number: the schema errors used to print both values
    const { outcome, registered } = await renderSecret(`  password: [${SECRET}]\n  pin: 73915521\n`);
    const e = await rejection(() => outcome);
    expect(registered).toEqual(expect.arrayContaining([SECRET, '73915521', ENCODED, 's3cr3t-from-data']));
    const messages = problems(e).map(([m]) => m);
    expect(messages).toEqual([
      expect.stringMatching(
        /stringData\.password: expected a string, got list \(value hidden: Secret data\)/,
      ),
      expect.stringMatching(/stringData\.pin: expected a string, got integer \(value hidden: Secret data\)/),
    ]);
    const text = JSON.stringify([e.message, e.hint, ...e.related.map((r) => [r.message, r.hint])]);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('73915521');
  });

  test('a valid set registers every value and decoded data value', async () => {
    const { outcome, registered } = await renderSecret(`  password: ${SECRET}\n`);
    await outcome;
    expect(registered.sort()).toEqual([ENCODED, SECRET, 's3cr3t-from-data'].sort());
  });

  test('secretValues: only v1 Secrets, nested values, nothing blank', () => {
    const m = (object: Record<string, unknown>) => ({ object, origin: { via: 'test' } }) as never;
    expect(
      secretValues([
        m({
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'a' },
          stringData: { a: ' ', b: { c: 'x1' } },
        }),
        m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, data: { a: 'public' } }),
      ]),
    ).toEqual(['x1']);
  });
});
