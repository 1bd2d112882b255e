/*
 * The kustomize and helm sources: run the user's tool (argument arrays, never a shell) and hand back its
 * output stream with enough context to point errors at the kustomization or the chart template.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { ExecError, exec, InputError, UserError } from '@goship/kit';
import { displayPath } from './files.js';

export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface ToolOutput {
  text: string;
  /** How it was produced, for messages (`kubectl kustomize k8s/overlays/prod`). */
  command: string;
  /** File to attach problems to when nothing more precise is known. */
  file: string;
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export async function runKustomize(
  input: string,
  dir: string,
  workspace: string,
  signal?: AbortSignal,
): Promise<ToolOutput> {
  const abs = resolve(workspace, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new InputError(
      input,
      `'${dir}' is not a directory`,
      'the directory holding kustomization.yaml, relative to the workspace',
    );
  }
  const kfile = KUSTOMIZATION_FILES.map((f) => join(abs, f)).find((f) => existsSync(f));
  if (!kfile) {
    throw new InputError(
      input,
      `'${dir}' has no kustomization.yaml`,
      'a directory with a kustomization.yaml (or .yml, or Kustomization)',
    );
  }
  const kustomize = findOnPath('kustomize');
  const kubectl = kustomize ? undefined : findOnPath('kubectl');
  if (!kustomize && !kubectl) {
    throw new UserError("Neither 'kustomize' nor 'kubectl' is on PATH", {
      hint: 'Install kubectl (it includes kustomize: azure/setup-kubectl) or kustomize (go install sigs.k8s.io/kustomize/kustomize/v5@latest) in an earlier step.',
    });
  }
  const [file, args] = kustomize ? [kustomize, ['build', abs]] : [kubectl!, ['kustomize', abs]];
  const command = `${basename(file)} ${args[0]} ${displayPath(workspace, abs)}`;
  const display = displayPath(workspace, kfile);
  return runRenderer(file, args, {
    cwd: workspace,
    signal,
    command,
    display,
    hint: 'Fix the kustomization; run the same command locally to reproduce.',
  });
}

export interface HelmOptions {
  chart: string;
  release: string;
  namespace?: string;
  valuesFiles: string[];
  set: string[];
  workspace: string;
  signal?: AbortSignal;
}

export const HELM_INSTALL_HINT =
  'Install helm in an earlier step (e.g. `uses: azure/setup-helm@v4`), or build it with Go: ' +
  '`GOBIN=$HOME/.local/bin go install helm.sh/helm/v3/cmd/helm@v3.22.0` and add that directory to PATH.';

export async function runHelm(o: HelmOptions): Promise<ToolOutput> {
  const chart = resolve(o.workspace, o.chart);
  if (!existsSync(chart)) {
    throw new InputError(
      'helm-chart',
      `'${o.chart}' does not exist`,
      'a local chart directory (with Chart.yaml) or a packaged chart .tgz, relative to the workspace',
    );
  }
  const isDir = statSync(chart).isDirectory();
  if (isDir && !existsSync(join(chart, 'Chart.yaml'))) {
    throw new InputError(
      'helm-chart',
      `'${o.chart}' has no Chart.yaml`,
      'a chart directory (with Chart.yaml) or a packaged chart .tgz',
    );
  }
  const values = o.valuesFiles.map((v) => {
    const p = resolve(o.workspace, v);
    if (!existsSync(p))
      throw new InputError('helm-values', `'${v}' does not exist`, 'values files relative to the workspace');
    return p;
  });
  const helm = findOnPath('helm');
  if (!helm)
    throw new UserError("source 'helm' needs the helm CLI, which is not on PATH", {
      hint: HELM_INSTALL_HINT,
    });
  const args = ['template', o.release, chart];
  if (o.namespace) args.push('--namespace', o.namespace);
  for (const v of values) args.push('--values', v);
  for (const s of o.set) args.push('--set', s);
  const display = displayPath(o.workspace, isDir ? join(chart, 'Chart.yaml') : chart);
  const command = `helm template ${o.release} ${displayPath(o.workspace, chart)}`;
  return runRenderer(helm, args, {
    cwd: o.workspace,
    signal: o.signal,
    command,
    display,
    hint: 'Fix the chart or the values; run the same helm template command locally to reproduce.',
  });
}

/** Runs kustomize/helm; a failure shows the tool's own stderr at the kustomization or chart file. */
async function runRenderer(
  file: string,
  args: string[],
  o: { cwd: string; signal?: AbortSignal; command: string; display: string; hint: string },
) {
  try {
    const { stdout } = await exec(file, args, { cwd: o.cwd, signal: o.signal });
    return { text: stdout, command: o.command, file: o.display };
  } catch (e) {
    if (e instanceof ExecError) {
      throw new UserError(
        `${o.command} failed (exit code ${e.result.code}):\n${(e.result.stderr || e.result.stdout).trim()}`,
        { location: { file: o.display }, hint: o.hint },
      );
    }
    throw e;
  }
}

/** `# Source: chart/templates/x.yaml` → the template's workspace path (charts directories only). */
export function helmSourceFile(
  comment: string | null | undefined,
  chartDir: string,
  workspace: string,
): string | undefined {
  const m = /#?\s*Source:\s*(\S+)/.exec(comment ?? '');
  if (!m) return undefined;
  const rel = m[1]!.split('/').slice(1).join('/');
  const p = join(resolve(workspace, chartDir), rel);
  return existsSync(p) ? displayPath(workspace, p) : undefined;
}
