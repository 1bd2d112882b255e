#!/usr/bin/env node
// Bundles every action (actions/<name>/main.ts, and the root pipeline) with ncc into dist/<name>/.
// `--check` bundles into a temporary folder and fails when it differs from the committed dist/.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const outRoot = check ? mkdtempSync(join(tmpdir(), 'goship-dist-')) : join(root, 'dist');

const entries = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'main.ts')))
  .filter((name) => only.length === 0 || only.includes(name))
  .map((name) => ({ name, entry: join('actions', name, 'main.ts') }))
  // The one-step action (the root action.yml runs dist/deploy) and the `goship` command
  // (packages/runner/bin/goship.mjs loads dist/cli).
  .concat(
    [
      { name: 'deploy', entry: 'packages/pipeline/src/main.ts' },
      { name: 'cli', entry: 'packages/runner/src/main.ts' },
      { name: 'trace-post', entry: 'packages/kit/src/trace-post-main.ts' },
    ].filter((e) => only.length === 0 || only.includes(e.name)),
  );

function ncc(entry, out) {
  return new Promise((resolve, reject) => {
    const args = [
      'build',
      entry,
      '-o',
      out,
      '--minify',
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
    ];
    const child = spawn(join(root, 'node_modules/.bin/ncc'), args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc ${entry} exited with ${code}`)),
    );
  });
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

// ncc is CPU-bound; two at a time fits the 2-core CI machines without thrashing.
const queue = [...entries];
await Promise.all(
  Array.from({ length: 2 }, async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const out = join(outRoot, e.name);
      if (check) {
        await ncc(e.entry, out);
        continue;
      }
      // Build beside the old bundle and swap, so a failed build never leaves an action without dist/.
      const fresh = `${out}.new`;
      rmSync(fresh, { recursive: true, force: true });
      await ncc(e.entry, fresh);
      rmSync(out, { recursive: true, force: true });
      renameSync(fresh, out);
      console.log(`dist/${e.name}/index.js`);
    }
  }),
);

if (check) {
  const stale = [];
  for (const { name } of entries) {
    const fresh = join(outRoot, name);
    const committed = join(root, 'dist', name);
    const files = new Set([...listFiles(fresh), ...listFiles(committed)]);
    for (const f of files) {
      const a = join(fresh, f);
      const b = join(committed, f);
      if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b)))
        stale.push(relative(root, b));
    }
  }
  rmSync(outRoot, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `dist/ is stale; run \`npm run bundle\` and commit the result. Differs:\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches the sources (${entries.length} actions)`);
}
