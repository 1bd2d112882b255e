/*
 * The main job, locally: the example pipeline on examples/hello, each step run from its committed bundle
 * exactly as the Actions runner runs it (test/harness/run-action.ts), against the local Go mirror, registry
 * and Kubernetes control plane (test/infra). One version (from the tag), one port, one digest flow through.
 *
 *   npx tsx scripts/example.ts [--keep]     (--keep leaves the infrastructure running)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InfraPiece, infraDown, infraRunning, infraUp } from '../test/harness/infra.js';
import { type ActionResult, repoRoot, runAction } from '../test/harness/run-action.js';

const keep = process.argv.includes('--keep');
const PORT = 8080;
const TAG = 'v1.0.0';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'goship',
      GIT_AUTHOR_EMAIL: 'goship@example.com',
      GIT_COMMITTER_NAME: 'goship',
      GIT_COMMITTER_EMAIL: 'goship@example.com',
      GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
    },
  }).trim();
}

/** A tagged checkout of examples/hello, as actions/checkout would leave it for a release tag. */
function checkout(): { workspace: string; sha: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'goship-example-'));
  cpSync(join(repoRoot, 'examples/hello'), workspace, { recursive: true });
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'hello');
  git(workspace, 'tag', TAG);
  return { workspace, sha: git(workspace, 'rev-parse', 'HEAD') };
}

const pieces: InfraPiece[] = ['go-mirror', 'registry', 'cluster'];
const ours = pieces.filter((p) => !infraRunning(p));
console.error(`starting infrastructure: ${pieces.join(', ')}`);
const infra = Object.assign({}, ...(await Promise.all(pieces.map((p) => infraUp(p))))) as Record<
  string,
  string
>;
const { workspace, sha } = checkout();
const toolCache = join(tmpdir(), 'goship-example-toolcache');
let env: NodeJS.ProcessEnv = {
  GITHUB_REF: `refs/tags/${TAG}`,
  GITHUB_REF_NAME: TAG,
  GITHUB_REF_TYPE: 'tag',
  GITHUB_SHA: sha,
  GITHUB_WORKSPACE: workspace,
};
const results: { step: string; result: ActionResult; show: string[] }[] = [];

async function step(name: string, action: string, inputs: Record<string, string | number>, show: string[]) {
  console.error(`\n▶ ${name} (${action})`);
  const result = await runAction(action, {
    inputs,
    env,
    workspace,
    toolCache,
    post: true,
    timeoutMs: 900_000,
  });
  process.stderr.write(result.stdout.replace(/^::(add-mask|debug)::.*\n/gm, ''));
  results.push({ step: name, result, show });
  // The next step sees what this one exported, as on a runner.
  env = { ...env, ...result.env, PATH: result.nextStepEnv.PATH };
  if (result.exitCode !== 0) throw new Error(`${name} failed (exit ${result.exitCode}):\n${result.errors}`);
  return result.outputs;
}

let failure: unknown;
try {
  const go = await step(
    'set up Go',
    'setup-go',
    { 'go-version': 'stable', 'go-download-base-url': infra.GO_DOWNLOAD_BASE_URL!, cache: 'false' },
    ['go-version', 'go-root'],
  );
  void go;
  const build = await step('build', 'go-build-ldflags', { targets: 'linux/amd64,linux/arm64', port: PORT }, [
    'version',
    'commit',
    'checksums',
  ]);
  const image = await step(
    'image',
    'docker-multistage',
    { mode: 'assemble', image: `${infra.REGISTRY}/acme/hello`, artifacts: build.artifacts!, port: PORT },
    ['image', 'tags', 'platforms'],
  );
  const manifests = await step(
    'manifests',
    'render-manifests',
    {
      name: 'hello',
      image: image.image!,
      port: PORT,
      'expected-port': PORT,
      version: build.version!,
      commit: build.commit!,
      'output-dir': join(workspace, 'manifests'),
    },
    ['manifests', 'objects'],
  );
  await step(
    'rollout',
    'k8s-rollout',
    {
      manifests: manifests['manifests-dir'] || manifests.manifests!,
      kubeconfig: infra.KUBECONFIG!,
      version: build.version!,
    },
    ['status', 'revision'],
  );
} catch (err) {
  failure = err;
} finally {
  const summary = results.map((r) => `## ${r.step}\n\n${r.result.summary}`).join('\n');
  const summaryFile = join(workspace, 'summary.md');
  writeFileSync(summaryFile, summary);
  console.log('\n| step | exit | time | outputs |\n| --- | --- | --- | --- |');
  for (const r of results) {
    const outs = r.show.map((k) => `${k}=${(r.result.outputs[k] ?? '').slice(0, 100)}`).join('<br>');
    console.log(
      `| ${r.step} | ${r.result.exitCode} | ${(r.result.durationMs / 1000).toFixed(1)} s | ${outs} |`,
    );
  }
  console.log(`\njob summaries: ${summaryFile}\nworkspace: ${workspace}`);
  if (!keep) for (const p of [...ours].reverse()) infraDown(p);
  else
    console.log(`infrastructure left running (stop with test/infra/<piece>/down): ${JSON.stringify(infra)}`);
}
if (failure) {
  console.error(String(failure instanceof Error ? failure.message : failure));
  process.exit(1);
}
