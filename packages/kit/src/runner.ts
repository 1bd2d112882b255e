import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { SourceLocation } from './errors.js';

/*
 * The runner's workflow-command protocol, written directly rather than through @actions/core: core's
 * import graph (http-client, undici for OIDC) doubles an action's start-up time, and this protocol is
 * a handful of lines (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * Outside a runner (no GITHUB_* files) everything degrades to plain log lines.
 */

const secrets = new Set<string>();

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Defence in depth: a masked value never reaches our own output even before the runner masks it. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

function command(name: string, props: Record<string, string | number | undefined>, message: string): void {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${p ? ` ${p}` : ''}::${escapeData(redact(message))}${EOL}`);
}

function appendFileCommand(envName: string, key: string, value: string): boolean {
  const file = process.env[envName];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error('unexpected delimiter in value');
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setSecret(value: string): void {
  if (!value) return;
  secrets.add(value);
  // Multi-line secrets are masked line by line by the runner.
  for (const line of value.split(/\r?\n/))
    if (line.trim()) process.stdout.write(`::add-mask::${escapeData(line)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(`${redact(message)}${EOL}`);
}

export function debug(message: string): void {
  command('debug', {}, message);
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation extends Partial<SourceLocation> {
  title?: string;
}

export function annotate(level: AnnotationLevel, message: string, where: Annotation = {}): void {
  command(
    level,
    { title: where.title, file: where.file, line: where.line, endLine: where.endLine, col: where.column },
    message,
  );
}

export const error = (message: string, where?: Annotation) => annotate('error', message, where);
export const warning = (message: string, where?: Annotation) => annotate('warning', message, where);
export const notice = (message: string, where?: Annotation) => annotate('notice', message, where);

export function startGroup(name: string): void {
  process.stdout.write(`::group::${escapeData(name)}${EOL}`);
}

export function endGroup(): void {
  process.stdout.write(`::endgroup::${EOL}`);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

export function setOutput(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_OUTPUT', name, redact(value))) info(`output ${name}=${value}`);
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!appendFileCommand('GITHUB_ENV', name, value)) info(`env ${name}=${redact(value)}`);
}

export function addPath(dir: string): void {
  const file = process.env.GITHUB_PATH;
  if (file) appendFileSync(file, `${dir}${EOL}`, 'utf8');
  const sep = process.platform === 'win32' ? ';' : ':';
  process.env.PATH = `${dir}${sep}${process.env.PATH ?? ''}`;
}

/** State for the `post:` step; the runner hands it back as `STATE_<name>`. */
export function saveState(name: string, value: string): void {
  appendFileCommand('GITHUB_STATE', name, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function isPost(): boolean {
  return getState('isPost') === 'true';
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${redact(markdown)}${EOL}`, 'utf8');
}

/** A stable key for problem matchers (`::add-matcher::path`). */
export function addMatcher(path: string): void {
  process.stdout.write(`::add-matcher::${path}${EOL}`);
}
