/*
 * The files source: paths, directories (their *.yaml, *.yml, *.json, not recursive — as `kubectl apply
 * -f dir`) and globs (`*`, `?`, `**`, `{a,b}`), relative to the workspace. A pattern that matches nothing
 * is an error rather than an empty deploy.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { expandPatterns, InputError } from '@goship/kit';

const MANIFEST_EXT = /\.(ya?ml|json)$/i;

export interface ManifestFile {
  /** Absolute path. */
  path: string;
  /** Workspace-relative path with / separators (for annotations). */
  display: string;
}

export function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

export function expandFiles(input: string, patterns: string[], workspace: string): ManifestFile[] {
  if (patterns.length === 0) {
    throw new InputError(
      input,
      'is empty',
      'manifest files, directories or globs (one per line)',
      "source 'files' renders the files listed here.",
    );
  }
  const found = new Map<string, ManifestFile>();
  for (const { pattern, files, matched, missing } of expandPatterns(patterns, workspace, {
    files: MANIFEST_EXT,
    input,
  })) {
    if (missing) {
      throw new InputError(
        input,
        `'${pattern}' does not exist (looked in ${workspace})`,
        'existing files, directories or globs relative to the workspace',
      );
    }
    if (matched === 0) {
      throw new InputError(
        input,
        `'${pattern}' matches no .yaml, .yml or .json file`,
        'patterns that match manifest files',
      );
    }
    for (const f of files) found.set(f, { path: f, display: displayPath(workspace, f) });
  }
  return [...found.values()];
}

export function readManifestFile(f: ManifestFile): string {
  return readFileSync(f.path, 'utf8');
}
