/*
 * renderManifestsStage: the function the adapter and the pipeline call (options in, written set and
 * outputs out).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, objectInputs } from '@goship/kit';
import { readRenderOptions, renderManifestsStage } from '../../../packages/manifests/src/index.js';
import { rejection } from './helpers.js';

async function options(values: Record<string, string>, ws: string) {
  return readRenderOptions(new Inputs(objectInputs(values)), { workspace: ws, runnerTemp: ws, env: {} });
}

describe('renderManifestsStage', () => {
  test('renders, writes and returns the action outputs', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'stage-'));
    const o = await options({ name: 'hello', image: 'nginx:1.27', version: '1.2.3', commit: 'abc1234' }, ws);
    const s = await renderManifestsStage(o);
    expect(s.outputs).toMatchObject({
      manifests: join(ws, 'render-manifests', 'manifests.yaml'),
      'manifests-dir': join(ws, 'render-manifests', 'objects'),
      port: 8080,
      version: '1.2.3',
    });
    expect(s.outputs.objects.map((x) => x.kind)).toEqual(['ConfigMap', 'Service', 'Deployment']);
    expect(readFileSync(s.outputs.manifests, 'utf8')).toBe(
      s.result.documents.map((d) => `---\n${d}`).join(''),
    );
    expect(s.summary).toContain('Ports');
  });

  test('a foreign output-dir fails before anything is rendered', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'stage-'));
    mkdirSync(join(ws, 'out'));
    writeFileSync(join(ws, 'out', 'keep.txt'), 'not ours');
    // the manifest is broken too: the output-dir problem comes first, no YAML is even read
    writeFileSync(join(ws, 'bad.yaml'), 'a: [\n');
    const o = await options({ source: 'files', files: '*.yaml', 'output-dir': join(ws, 'out') }, ws);
    const e = await rejection(() => renderManifestsStage(o));
    expect(e.message).toMatch(/^Input 'output-dir': .* holds files that render-manifests did not write$/);
    expect(existsSync(join(ws, 'out', 'keep.txt'))).toBe(true);
  });
});
