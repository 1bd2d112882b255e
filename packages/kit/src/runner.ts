import { statSync } from 'node:fs';
import * as core from '@actions/core';
import type { SourceLocation } from './errors.js';

/*
 * The runner contract through @actions/core (file commands, workflow commands, summary, OIDC), which GitHub
 * keeps in step with the runner. kit adds what core leaves to each action: its own copy of every mask
 * applied to what we print and write (defence in depth, and the local runner has no runner to mask), a
 * minimum secret length, the summary's size limit, and plain log lines outside a runner.
 */

/**
 * Values shorter than this are not masked. Masking replaces every occurrence of the value in the whole
 * log and in every output: a Secret value such as `1` or `default` would turn port numbers, namespaces
 * and rendered manifests into `***`. Eight characters is where a value stops being a plausible ordinary
 * word or number; a shorter one is reported by `setSecret` (a warning naming where it came from).
 */
export const MIN_SECRET_LENGTH = 8;

const secrets = new Set<string>();

/** Defence in depth: a masked value never reaches our own output even before the runner masks it. */
export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

/**
 * Masks `value` in the log (the runner) and in everything kit prints or writes. Multi-line values are
 * masked line by line, as the runner matches per line. Returns false (and warns, naming `name` but never
 * the value) when the value, or a line of it, is too short to mask without corrupting ordinary text.
 */
export function setSecret(value: string, opts: { name?: string } = {}): boolean {
  if (!value) return false;
  const parts = [value, ...(value.includes('\n') ? value.split(/\r?\n/) : [])]
    .map((p) => (p === value ? p : p.trim()))
    .filter((p) => p !== '');
  const short = parts.filter((p) => p.length < MIN_SECRET_LENGTH);
  for (const p of parts) {
    if (p.length < MIN_SECRET_LENGTH) continue;
    secrets.add(p);
    if (!p.includes('\n')) core.setSecret(p);
  }
  if (short.length > 0) {
    const what = opts.name ? `The secret value ${opts.name}` : 'A secret value';
    core.warning(
      `${what} ${short.length === parts.length ? 'is' : 'has a line'} shorter than ${MIN_SECRET_LENGTH} characters and is not masked: masking it would replace that text everywhere in the log and outputs. Use a longer value if it must stay hidden.`,
    );
  }
  return short.length === 0;
}

export function info(message: string): void {
  core.info(redact(message));
}

export function debug(message: string): void {
  core.debug(redact(message));
}

export function isDebug(): boolean {
  return core.isDebug();
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation extends Partial<SourceLocation> {
  title?: string;
}

export function annotate(level: AnnotationLevel, message: string, where: Annotation = {}): void {
  const props: core.AnnotationProperties = {
    title: where.title,
    file: where.file,
    startLine: where.line,
    endLine: where.endLine,
    startColumn: where.column,
  };
  for (const k of Object.keys(props) as (keyof core.AnnotationProperties)[])
    if (props[k] === undefined || props[k] === '') delete props[k];
  const issue = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
  issue(redact(message), props);
}

export const error = (message: string, where?: Annotation) => annotate('error', message, where);
export const warning = (message: string, where?: Annotation) => annotate('warning', message, where);
export const notice = (message: string, where?: Annotation) => annotate('notice', message, where);

export function startGroup(name: string): void {
  core.startGroup(redact(name));
}

export function endGroup(): void {
  core.endGroup();
}

export function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(redact(name), fn);
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) core.setOutput(name, redact(value));
  else info(`output ${name}=${value}`);
}

export function exportVariable(name: string, value: string): void {
  if (process.env.GITHUB_ENV) core.exportVariable(name, value);
  else {
    process.env[name] = value;
    info(`env ${name}=${value}`);
  }
}

export function addPath(dir: string): void {
  core.addPath(dir);
}

/** State for the `post:` step; the runner hands it back as `STATE_<name>`. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) core.saveState(name, value);
}

export function getState(name: string): string {
  return core.getState(name);
}

export function isPost(): boolean {
  return getState('isPost') === 'true';
}

/**
 * An OIDC token for `audience` from the runner (the job needs `permissions: id-token: write`), for stages
 * that log in to cloud registries and clusters. The token is masked.
 */
export async function getIDToken(audience?: string): Promise<string> {
  const token = await core.getIDToken(audience);
  secrets.add(token);
  return token;
}

/** GitHub shows at most 1 MiB of summary per step; a larger one is dropped with an error annotation. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const TRUNCATED = '\n\n_The rest of this summary was cut: GitHub shows at most 1 MiB per step._\n';
let summaryWrites: Promise<void> = Promise.resolve();
let summaryFull = false;

/**
 * Appends markdown to the job summary (through core.summary), kept under GitHub's per-step limit: what
 * does not fit is cut at a line end with a note, and later parts are dropped. Writes happen in call
 * order; `runAction` waits for them, so callers need not await.
 */
export function appendSummary(markdown: string): Promise<void> {
  const text = redact(markdown);
  // A summary that cannot be written is worth a warning, never the step's failure.
  summaryWrites = summaryWrites
    .then(() => writeSummary(text))
    .catch((err: unknown) => core.warning(`Cannot write the job summary: ${(err as Error).message}`));
  return summaryWrites;
}

/** Resolves once every summary write so far is on disk. */
export function flushSummary(): Promise<void> {
  return summaryWrites;
}

async function writeSummary(text: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file || summaryFull) return;
  let used = 0;
  try {
    used = statSync(file).size;
  } catch {
    // core.summary reports a missing file itself.
  }
  let chunk = `${text}\n`;
  const budget = SUMMARY_LIMIT_BYTES - used - Buffer.byteLength(TRUNCATED);
  if (Buffer.byteLength(chunk) > budget) {
    summaryFull = true;
    const cut = Buffer.from(chunk).subarray(0, Math.max(0, budget)).toString('utf8');
    chunk = `${cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))}${TRUNCATED}`;
    core.warning(`The job summary reached GitHub's limit of 1 MiB per step; the rest is not shown.`);
  }
  await core.summary.addRaw(chunk).write();
}

/** A stable key for problem matchers (`::add-matcher::path`); core has no function for it. */
export function addMatcher(path: string): void {
  core.info(`::add-matcher::${path}`);
}
