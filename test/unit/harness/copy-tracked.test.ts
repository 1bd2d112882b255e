/*
 * Workspaces are made from what git would commit (test/harness/copy-tracked.ts): README's order, the main
 * job (`bash scripts/example.sh`, which leaves examples/hello/dist/) then the tests, must not hand a test a
 * dist/ it did not write.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTracked, rmdirIfEmpty } from '../../harness/copy-tracked.js';
import { repoRoot } from '../../harness/run-action.js';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `copy-tracked-${name}-`));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('tracked files (mode and symlinks kept) and new unignored ones are copied; ignored and deleted ones are not', () => {
  const repo = fresh('repo');
  git(repo, 'init', '-q');
  mkdirSync(join(repo, 'app/sub'), { recursive: true });
  writeFileSync(join(repo, 'app/.gitignore'), 'dist/\n*.log\n');
  writeFileSync(join(repo, 'app/main.go'), 'package main\n');
  writeFileSync(join(repo, 'app/sub/run.sh'), '#!/bin/sh\n');
  chmodSync(join(repo, 'app/sub/run.sh'), 0o755);
  symlinkSync('main.go', join(repo, 'app/link.go'));
  writeFileSync(join(repo, 'app/gone.txt'), 'x');
  writeFileSync(join(repo, 'outside.txt'), 'x');
  git(repo, 'add', '-A');
  rmSync(join(repo, 'app/gone.txt'));
  writeFileSync(join(repo, 'app/main.go'), 'package main // edited\n');
  writeFileSync(join(repo, 'app/new.go'), 'package main\n');
  mkdirSync(join(repo, 'app/dist'));
  writeFileSync(join(repo, 'app/dist/hello'), 'built');
  writeFileSync(join(repo, 'app/build.log'), 'log');

  const dest = fresh('dest');
  const files = copyTracked(join(repo, 'app'), dest);
  expect(files.sort()).toEqual(['.gitignore', 'link.go', 'main.go', 'new.go', 'sub/run.sh']);
  expect(readFileSync(join(dest, 'main.go'), 'utf8')).toBe('package main // edited\n');
  expect(statSync(join(dest, 'sub/run.sh')).mode & 0o777).toBe(0o755);
  expect(lstatSync(join(dest, 'link.go')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(dest, 'link.go'))).toBe('main.go');
  for (const absent of ['dist', 'build.log', 'gone.txt', '../outside.txt'])
    expect(existsSync(join(dest, absent))).toBe(false);
});

test('outside a git repository: an error naming the directory', () => {
  const dir = fresh('nogit');
  writeFileSync(join(dir, 'f'), 'x');
  const env = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
  try {
    expect(() => copyTracked(dir, fresh('dest'))).toThrow(
      `copyTracked: cannot list the files of ${dir} with git`,
    );
  } finally {
    if (env === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = env;
  }
});

test("README's order: after the main job left examples/hello/dist/, a copy of examples/hello has no dist/", () => {
  const hello = join(repoRoot, 'examples/hello');
  const dist = join(hello, 'dist');
  const hadDist = existsSync(dist);
  const stray = join(dist, `stray-${process.pid}`);
  mkdirSync(dist, { recursive: true });
  writeFileSync(stray, 'what the main job built');
  try {
    const dest = fresh('hello');
    copyTracked(hello, dest);
    expect(existsSync(join(dest, 'dist'))).toBe(false);
    expect(existsSync(join(dest, 'main.go'))).toBe(true);
    expect(existsSync(join(dest, '.github/workflows/deploy.yml'))).toBe(true);
  } finally {
    rmSync(stray);
    if (!hadDist) rmdirIfEmpty(dist);
  }
});
