import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPatterns, InputError } from '@goship/kit';

/** A workspace and, beside it, a folder outside it; both real folders on disk. */
function layout() {
  const top = mkdtempSync(join(tmpdir(), 'kit-glob-'));
  const ws = join(top, 'ws');
  const outside = join(top, 'outside');
  mkdirSync(join(ws, 'k8s', 'base'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, 'k8s', 'app.yaml'), 'a: 1\n');
  writeFileSync(join(ws, 'k8s', 'base', 'svc.yaml'), 'b: 1\n');
  writeFileSync(join(outside, 'secret.yaml'), 'token: x\n');
  return { ws, outside };
}

const yaml = { files: /\.ya?ml$/, input: 'manifests' };

describe('expandPatterns confinement', () => {
  test('a relative pattern that leaves the workspace by .. is an error naming the input', () => {
    const { ws } = layout();
    for (const p of [
      '../outside/secret.yaml',
      '../outside',
      '../outside/*.yaml',
      'k8s/../../outside/**/*.yaml',
    ]) {
      expect(() => expandPatterns([p], ws, yaml)).toThrow(InputError);
      expect(() => expandPatterns([p], ws, yaml)).toThrow(
        `Input 'manifests': '${p}' is outside the workspace (${ws}). Expected paths inside the workspace.`,
      );
    }
  });

  test('a link inside the workspace that leads out of it is refused, named or met by a walk', () => {
    const { ws, outside } = layout();
    symlinkSync(outside, join(ws, 'k8s', 'ext'));
    for (const p of ['k8s/ext/secret.yaml', 'k8s/ext', 'k8s/**/*.yaml']) {
      expect(() => expandPatterns([p], ws, yaml)).toThrow(
        `Input 'manifests': '${p}' reaches k8s/ext${p === 'k8s/ext/secret.yaml' ? '/secret.yaml' : ''}, a link to ${outside}`,
      );
    }
    // A pattern that cannot reach into the link does not look at it; one that can is refused.
    expect(expandPatterns(['k8s/*.yaml'], ws, yaml)[0]!.files).toEqual([join(ws, 'k8s', 'app.yaml')]);
    symlinkSync(join(outside, 'secret.yaml'), join(ws, 'k8s', 'leak.yaml'));
    expect(() => expandPatterns(['k8s/*.yaml'], ws, yaml)).toThrow(/'k8s\/\*\.yaml' reaches k8s\/leak\.yaml/);
  });

  test('an absolute path names a file elsewhere on purpose', () => {
    const { ws, outside } = layout();
    const [r] = expandPatterns([join(outside, '*.yaml')], ws, yaml);
    expect(r!.files).toEqual([join(outside, 'secret.yaml')]);
  });

  test('links inside the workspace are followed', () => {
    const { ws } = layout();
    symlinkSync(join(ws, 'k8s', 'base'), join(ws, 'base-link'));
    expect(expandPatterns(['base-link/*.yaml'], ws, yaml)[0]!.files).toEqual([
      join(ws, 'base-link', 'svc.yaml'),
    ]);
  });
});

describe('expandPatterns and directory links', () => {
  test('two self-links: each real folder is walked once (no loop, no exponential growth)', () => {
    const { ws } = layout();
    symlinkSync('.', join(ws, 'k8s', 'a'));
    symlinkSync('.', join(ws, 'k8s', 'b'));
    symlinkSync('..', join(ws, 'k8s', 'base', 'up'));
    const [r] = expandPatterns(['k8s/**/*.yaml'], ws, yaml);
    expect(r!.files).toEqual([join(ws, 'k8s', 'app.yaml'), join(ws, 'k8s', 'base', 'svc.yaml')]);
  });

  test('two links to one folder: its files are found once', () => {
    const { ws } = layout();
    symlinkSync('base', join(ws, 'k8s', 'x'));
    symlinkSync('base', join(ws, 'k8s', 'y'));
    const [r] = expandPatterns(['**/svc.yaml'], ws, yaml);
    expect(r!.files).toEqual([join(ws, 'k8s', 'base', 'svc.yaml')]);
  });
});
