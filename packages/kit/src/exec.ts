import { spawn } from 'node:child_process';
import { UserError } from './errors.js';
import { redact } from './runner.js';

/*
 * Processes are run with node's spawn, not @actions/exec: exec 3.0 keeps the ChildProcess to itself, so
 * neither the runner's cancel (our abort signal) nor a timeout could stop a hung `go build`, `kubectl` or
 * `buildah` (the step would wait for it past cancellation), and it echoes the whole argv as
 * `[command]…` (build-arg values included) unless silenced. Argument arrays only, never a shell.
 */

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Bytes written to the child's stdin. */
  input?: string | Buffer;
  /** Resolve with a non-zero exit code instead of throwing. */
  allowFailure?: boolean;
  /** Stream the child's output to ours as it comes (long builds), besides capturing it. */
  stream?: boolean;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Stops the process the same way after this many milliseconds and rejects with ExecTimeoutError. */
  timeoutMs?: number;
  /**
   * Flags whose value is never shown in an error message, besides SENSITIVE_FLAGS (e.g. `--set` for
   * helm values holding credentials).
   */
  sensitiveFlags?: readonly string[];
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Flags whose value (`--flag value` or `--flag=value`) is shown as `***` (or `KEY=***`) in errors: build
 * arguments and secrets reach builders this way, and a registry password or token may be among them.
 */
export const SENSITIVE_FLAGS: readonly string[] = [
  '--build-arg',
  '--secret',
  '--password',
  '--token',
  '--creds',
  '--src-creds',
  '--dest-creds',
  '--registry-password',
  '--set-string',
  '--set',
];

/** Sensitive flags whose argument is KEY=VALUE (only the value is hidden). */
const KEY_VALUE_FLAGS = new Set(['--build-arg', '--set', '--set-string']);

/** The command line as it may be shown: values of sensitive flags and registered secrets masked. */
export function displayCommand(
  file: string,
  args: readonly string[],
  sensitive: readonly string[] = SENSITIVE_FLAGS,
): string {
  // `--build-arg NAME` (no value) names a variable the builder takes from its environment: not a secret.
  const hide = (value: string, flag: string) => {
    const eq = value.indexOf('=');
    if (eq > 0) return `${value.slice(0, eq)}=***`;
    return KEY_VALUE_FLAGS.has(flag) && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value) ? value : '***';
  };
  const shown = args.map((arg, i) => {
    const prev = args[i - 1];
    if (prev !== undefined && sensitive.includes(prev)) return hide(arg, prev);
    const eq = arg.indexOf('=');
    if (arg.startsWith('-') && eq > 0 && sensitive.includes(arg.slice(0, eq))) {
      return `${arg.slice(0, eq)}=${hide(arg.slice(eq + 1), arg.slice(0, eq))}`;
    }
    return arg;
  });
  return redact([file, ...shown].join(' '));
}

export class ExecError extends UserError {
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly result: ExecResult,
    sensitive: readonly string[] = SENSITIVE_FLAGS,
  ) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
    super(
      `${displayCommand(file, args, sensitive)} exited with code ${result.code}${tail ? `:\n${redact(tail)}` : ''}`,
    );
    this.name = 'ExecError';
  }
}

export class ExecTimeoutError extends UserError {
  constructor(
    readonly file: string,
    readonly timeoutMs: number,
    command: string,
  ) {
    super(`${command} did not finish within ${timeoutMs} ms and was stopped`, {
      hint: 'Raise the timeout if the work is expected to take longer, or look for what it waits on.',
    });
    this.name = 'ExecTimeoutError';
  }
}

/** Time a stopped process gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5000;

/**
 * Runs a program with an argument array — never through a shell, so no input can be interpreted as shell
 * syntax. Captures stdout/stderr; throws ExecError on a non-zero exit unless `allowFailure`.
 */
export function exec(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const sensitive = [...SENSITIVE_FLAGS, ...(opts.sensitiveFlags ?? [])];
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(opts.signal.reason);
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stopped: unknown;
    let killer: NodeJS.Timeout | undefined;
    const stop = (reason: unknown) => {
      if (stopped !== undefined || child.exitCode !== null) return;
      stopped = reason;
      child.kill('SIGTERM');
      killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      killer.unref();
    };
    const onAbort = () => stop(opts.signal?.reason ?? new UserError(`${file} was cancelled`));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(
            () => stop(new ExecTimeoutError(file, opts.timeoutMs!, displayCommand(file, args, sensitive))),
            opts.timeoutMs,
          )
        : undefined;
    const cleanup = () => {
      clearTimeout(timer);
      clearTimeout(killer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      if (opts.stream) process.stdout.write(redact(d.toString()));
    });
    child.stderr.on('data', (d: Buffer) => {
      err.push(d);
      if (opts.stream) process.stderr.write(redact(d.toString()));
    });
    // A child that exits without reading its stdin must not crash us with EPIPE.
    child.stdin.on('error', () => {});
    child.on('error', (e: NodeJS.ErrnoException) => {
      cleanup();
      if (e.code === 'ENOENT') {
        reject(
          new UserError(`'${file}' was not found on PATH`, {
            hint: `Install ${file} or add it to PATH.`,
            cause: e,
          }),
        );
      } else reject(e);
    });
    child.on('close', (code, signal) => {
      cleanup();
      if (stopped !== undefined) return reject(stopped);
      const result = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (result.code !== 0 && !opts.allowFailure) reject(new ExecError(file, args, result, sensitive));
      else resolve(result);
    });
    child.stdin.end(opts.input);
  });
}
