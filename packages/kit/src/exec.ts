import { spawn } from 'node:child_process';
import { UserError } from './errors.js';
import { redact } from './runner.js';

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Bytes written to the child's stdin. */
  input?: string | Buffer;
  /** Resolve with a non-zero exit code instead of throwing. */
  allowFailure?: boolean;
  /** Stream the child's output to ours as it comes (long builds), besides capturing it. */
  stream?: boolean;
  signal?: AbortSignal;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class ExecError extends UserError {
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly result: ExecResult,
  ) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
    super(`${[file, ...args].join(' ')} exited with code ${result.code}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ExecError';
  }
}

/**
 * Runs a program with an argument array — never through a shell, so no input can be interpreted as shell
 * syntax. Captures stdout/stderr; throws ExecError on a non-zero exit unless `allowFailure`.
 */
export function exec(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: opts.signal,
    });
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
    child.on('error', (e: NodeJS.ErrnoException) => {
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
      const result = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (result.code !== 0 && !opts.allowFailure) reject(new ExecError(file, args, result));
      else resolve(result);
    });
    child.stdin.end(opts.input);
  });
}
