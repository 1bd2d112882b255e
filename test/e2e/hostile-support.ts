/*
 * Support of the hostile-input suite (hostile.test.ts, issue 11): every action is given bad inputs, each must fail with exit code 1 and a
 * clear error (the input named, what was expected), and leave nothing changed:
 *  - no remote contact where none is needed: the Go mirror, the registry and the cluster are reached only
 *    through TCP tripwires (forwarders that count connections), and every external program an action could
 *    start (go, git, buildah, kubectl, ...) is a PATH wrapper that records its runs;
 *  - no registry writes (catalog and tags before/after), no cluster writes (resourceVersions of a namespace
 *    holding the objects the manifests name), no files outside RUNNER_TEMP (workspace, tool cache, GOPATH,
 *    GOCACHE and the run's home listed before/after).
 * Wall time is measured (durationMs) and printed at the end, never asserted.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { copyTracked } from '../harness/copy-tracked.js';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, repoRoot, runAction } from '../harness/run-action.js';

export const infra = requireEnv(
  'GO_DOWNLOAD_BASE_URL',
  'GO_MIRROR_REAL_VERSION',
  'REGISTRY',
  'KUBECONFIG',
  'KUBECTL',
);
export const scratch = mkdtempSync(join(tmpdir(), 'goship-e2e-hostile-'));
let seq = 0;
export const fresh = (name: string) => {
  const dir = join(scratch, `${name}-${seq++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A TCP forwarder that counts the connections made to it: a remote was contacted iff count > 0. */
export class Tripwire {
  connections = 0;
  private server: Server | undefined;
  constructor(private readonly target: { host: string; port: number }) {}
  async start(): Promise<number> {
    this.server = createServer((client) => {
      this.connections++;
      const upstream = createConnection(this.target);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return (this.server.address() as { port: number }).port;
  }
  stop(): Promise<void> {
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
export const hostPort = (text: string) => {
  const u = new URL(text.includes('://') ? text : `http://${text}`);
  return { host: u.hostname, port: Number(u.port) };
};

/** PATH wrappers recording every external program an action starts (then running the real one). */
const programs = [
  'go',
  'git',
  'gofmt',
  'buildah',
  'podman',
  'docker',
  'kubectl',
  'kustomize',
  'helm',
  'skopeo',
];
const wrapDir = fresh('path-wrappers');
const programLog = join(scratch, 'programs.log');
writeFileSync(programLog, '');
for (const name of programs) {
  let real = '';
  try {
    real = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {}
  const run = real ? `exec '${real}' "$@"` : 'exit 127';
  writeFileSync(join(wrapDir, name), `#!/bin/sh\nprintf '%s\\n' "${name} $*" >> '${programLog}'\n${run}\n`);
  chmodSync(join(wrapDir, name), 0o755);
}
const programRuns = () => readFileSync(programLog, 'utf8').split('\n').filter(Boolean);

/**
 * Every file and link under `dir` with its size and mtime (or link target): what "nothing changed" compares.
 * Folders are left out: an empty folder left by a refused install (the tool cache's version folder) holds
 * nothing.
 */
export function tree(dir: string, prefix = ''): string[] {
  // A walk of our own: readdirSync's `recursive` follows directory links (a self-link never ends).
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const rel = `${prefix}${name}`;
      const st = lstatSync(path);
      if (st.isSymbolicLink()) return [`${rel} -> ${readlinkSync(path)}`];
      if (st.isDirectory()) return tree(path, `${rel}/`);
      return [`${rel} ${st.size}b ${st.mtimeMs}`];
    });
}

/** The files the runner itself makes in a run's home (run-action.ts): anything else there is a leak. */
const RUNNER_FILES = [
  'event.json',
  'main-env',
  'main-output',
  'main-path',
  'main-state',
  'main-summary.md',
  'temp',
];

export interface HostileCase {
  name: string;
  inputs: Record<string, string>;
  /** Files of the workspace (relative path → text, or {link} for a symlink). */
  files?: Record<string, string | { link: string }>;
  env?: NodeJS.ProcessEnv;
  /** Every one must appear in the error annotations. */
  expect: (string | RegExp)[];
  /** The case needs a remote (a mirror download, a registry): wall time and contact are not judged. */
  remote?: boolean;
}

export interface Figures {
  action: string;
  name: string;
  durationMs: number;
  remote: boolean;
}
const figures: Figures[] = [];
/** Runs of allowed programs before a refusal (reported with the figures). */
const allowedRuns: string[] = [];

const wsTemplate = fresh('ws-template-hello');
copyTracked(join(repoRoot, 'examples/hello'), wsTemplate);
/** The same, as a git checkout with one commit (what actions/checkout leaves). */
const gitTemplate = fresh('ws-template-hello-git');
cpSync(wsTemplate, gitTemplate, { recursive: true });
for (const args of [
  ['init', '-q'],
  ['add', '.'],
  ['commit', '-qm', 'hello'],
])
  execFileSync('git', args, {
    cwd: gitTemplate,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'goship',
      GIT_AUTHOR_EMAIL: 'goship@example.com',
      GIT_COMMITTER_NAME: 'goship',
      GIT_COMMITTER_EMAIL: 'goship@example.com',
    },
  });

function workspaceFor(c: HostileCase, template: 'none' | 'hello' | 'git'): string {
  const ws = fresh('ws');
  if (template !== 'none') cpSync(template === 'git' ? gitTemplate : wsTemplate, ws, { recursive: true });
  for (const [path, content] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(ws, path), content);
    else symlinkSync(content.link, join(ws, path));
  }
  return ws;
}

/**
 * Runs one bad-input case and checks the common contract: exit 1, the expected clear error, no outputs,
 * nothing written outside RUNNER_TEMP, no remote contacted and no program started (unless `remote`).
 */
export async function runHostile(
  action: string,
  c: HostileCase,
  opts: {
    tripwires: Tripwire[];
    workspace?: 'none' | 'hello' | 'git';
    env?: NodeJS.ProcessEnv;
    /** Local programs the action may run before it refuses (read-only, e.g. git reading the commit). */
    allowPrograms?: string[];
  },
): Promise<ActionResult> {
  const ws = workspaceFor(c, opts.workspace ?? 'none');
  const toolCache = fresh('toolcache');
  const goHome = { GOPATH: fresh('gopath'), GOCACHE: fresh('gocache') };
  const watched = [ws, toolCache, goHome.GOPATH, goHome.GOCACHE];
  const before = watched.map((d) => tree(d));
  const contactsBefore = opts.tripwires.map((t) => t.connections);
  writeFileSync(programLog, '');
  const r = await runAction(action, {
    inputs: c.inputs,
    workspace: ws,
    toolCache,
    env: { ...goHome, ...opts.env, ...c.env, PATH: `${wrapDir}${delimiter}${process.env.PATH}` },
    timeoutMs: 60_000,
  });
  figures.push({ action, name: c.name, durationMs: r.durationMs, remote: !!c.remote });
  const shown = `${c.name}\n--- errors:\n${r.errors}\n--- stderr:\n${r.stderr.slice(0, 2000)}`;
  expect({ case: shown, exitCode: r.exitCode }).toEqual({ case: shown, exitCode: 1 });
  for (const e of c.expect) {
    if (typeof e === 'string') expect(r.errors).toContain(e);
    else expect(r.errors).toMatch(e);
  }
  expect(r.outputs).toEqual({});
  // Nothing changed outside RUNNER_TEMP: the watched folders as they were, the run's home only the runner's.
  expect(watched.map((d) => tree(d))).toEqual(before);
  expect(readdirSync(r.home).sort()).toEqual([...RUNNER_FILES].sort());
  if (!c.remote) {
    expect(opts.tripwires.map((t) => t.connections)).toEqual(contactsBefore);
    expect(programRuns().filter((p) => !opts.allowPrograms?.includes(p.split(' ')[0]!))).toEqual([]);
    allowedRuns.push(...programRuns().map((p) => `${action}: ${c.name}: ${p}`));
  }
  return r;
}

/** Repositories and their tags, read from the registry's own API (what "no registry writes" compares). */
export async function registryState(): Promise<Record<string, string[]>> {
  const base = `http://${infra.REGISTRY}/v2`;
  const { repositories } = (await (await fetch(`${base}/_catalog?n=100000`)).json()) as {
    repositories: string[];
  };
  const out: Record<string, string[]> = {};
  for (const repo of repositories ?? []) {
    const tags = (await (await fetch(`${base}/${repo}/tags/list?n=100000`)).json()) as { tags?: string[] };
    out[repo] = [...(tags.tags ?? [])].sort();
  }
  return out;
}

export const kubectl = (args: string[], input?: string) =>
  execFileSync(infra.KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: infra.KUBECONFIG },
    input,
    encoding: 'utf8',
  });

/** `kind/name resourceVersion` of every object of the namespace (what "no cluster writes" compares). */
export function clusterState(ns: string): string[] {
  const list = JSON.parse(
    kubectl(['-n', ns, 'get', 'all,configmaps,secrets,serviceaccounts,events', '-o', 'json']),
  ) as { items: { kind: string; metadata: { name: string; resourceVersion: string } }[] };
  const nsObject = JSON.parse(kubectl(['get', 'namespace', ns, '-o', 'json'])) as {
    metadata: { resourceVersion: string };
  };
  return [
    `Namespace/${ns} ${nsObject.metadata.resourceVersion}`,
    ...list.items.map((o) => `${o.kind}/${o.metadata.name} ${o.metadata.resourceVersion}`).sort(),
  ];
}

const summary: Record<string, number> = {};
/** Prints (and writes to $TMPDIR/goship-hostile-figures.txt) how many inputs were tried and how long each took. */
export function reportFigures(): void {
  const local = figures.filter((f) => !f.remote).map((f) => f.durationMs);
  const sorted = [...local].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(0);
  const lines = [
    `hostile inputs tried: ${figures.length} (${local.length} without a remote)`,
    ...Object.entries(summary).map(([a, n]) => `  ${a}: ${n}`),
    `durationMs without a remote: min ${sorted[0]?.toFixed(0)} p50 ${q(0.5)} p90 ${q(0.9)} max ${sorted.at(-1)?.toFixed(0)}`,
    `allowed local programs that ran before a refusal: ${allowedRuns.length}`,
    ...allowedRuns.map((r) => `  ${r}`),
    ...figures.map(
      (f) =>
        `  ${f.durationMs.toFixed(0).padStart(6)} ms ${f.remote ? 'remote' : 'local '} ${f.action}: ${f.name}`,
    ),
  ];
  writeFileSync(join(tmpdir(), 'goship-hostile-figures.txt'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

/** Defines one test per case of an action's table (test.failing for the cases marked as known defects). */
export function table<C extends HostileCase>(
  action: string,
  cases: (C & { failing?: string })[],
  run: (c: C) => Promise<ActionResult>,
) {
  summary[action] = (summary[action] ?? 0) + cases.length;
  for (const c of cases) {
    const define = c.failing ? test.failing : test;
    define(`${c.name}${c.failing ? ` [known defect: ${c.failing}]` : ''}`, async () => {
      await run(c);
    });
  }
}
