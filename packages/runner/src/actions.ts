/*
 * Which action a `uses:` names, and what its action.yml declares. Locally, goship's own actions map to
 * this checkout's committed bundles; actions/checkout means "the workspace as it is"; anything else is
 * refused rather than guessed at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface ActionInput {
  description?: string;
  default?: string;
  required?: boolean;
}

export interface ActionManifest {
  dir: string;
  name: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'post-if'?: string };
}

export type ResolvedUses = { kind: 'checkout' } | { kind: 'node'; action: ActionManifest };

export class UsesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsesError';
  }
}

export function readActionManifest(dir: string): ActionManifest {
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new UsesError(`${dir} has no action.yml`);
  const spec = parse(readFileSync(file, 'utf8')) as Partial<ActionManifest>;
  if (!spec?.runs?.using || !spec.runs.main)
    throw new UsesError(`${file}: runs.using and runs.main are required`);
  if (!/^node(20|24)$/.test(spec.runs.using))
    throw new UsesError(
      `${file}: runs.using '${spec.runs.using}' is not a JavaScript action (goship run runs node20/node24 actions)`,
    );
  return {
    dir,
    name: spec.name ?? dir,
    inputs: spec.inputs ?? {},
    outputs: spec.outputs ?? {},
    runs: spec.runs as ActionManifest['runs'],
  };
}

/**
 * `uses:` → an action. `./path` is looked up in the workspace first, then in goship's own checkout (so a
 * workflow in examples/ can say `./actions/setup-go`); `<owner>/goship[/actions/<name>]@<ref>` is this
 * checkout whatever the ref.
 */
export function resolveUses(uses: string, workspace: string, goshipRoot: string): ResolvedUses {
  if (/^actions\/checkout@/.test(uses)) return { kind: 'checkout' };
  if (uses.startsWith('./')) {
    for (const base of [workspace, goshipRoot]) {
      const dir = resolve(base, uses);
      if (existsSync(join(dir, 'action.yml')) || existsSync(join(dir, 'action.yaml')))
        return { kind: 'node', action: readActionManifest(dir) };
    }
    throw new UsesError(
      `'${uses}' has no action.yml in the workspace (${workspace}) or in goship (${goshipRoot})`,
    );
  }
  const m = /^[A-Za-z0-9_.-]+\/goship(\/actions\/([a-z0-9-]+))?@[\w./-]+$/.exec(uses);
  if (m) {
    const dir = m[2] ? join(goshipRoot, 'actions', m[2]) : goshipRoot;
    if (!existsSync(join(dir, 'action.yml')))
      throw new UsesError(`'${uses}': goship has no action '${m[2]}'`);
    return { kind: 'node', action: readActionManifest(dir) };
  }
  throw new UsesError(
    `'${uses}' is not run locally: goship run runs goship's own actions (./actions/<name>, goship/goship/actions/<name>@<ref>, goship/goship@<ref>) and actions/checkout (the current repository)`,
  );
}
