/*
 * What a process says when it cannot open its port: the listening check reads it from the process's output
 * so that a failure names the port the process really tried (a flag default, another variable) and why the
 * kernel refused it. The forms are the runtimes' own messages:
 *  - Go's net package: `listen tcp :80: bind: permission denied`, `listen tcp4 0.0.0.0:8080: bind: address
 *    already in use`, `listen tcp [::1]:99999: ... invalid port`;
 *  - Node.js: `listen EACCES: permission denied 0.0.0.0:80`, `listen EADDRINUSE: address already in use :::8080`;
 *  - nginx and C servers: `bind() to 0.0.0.0:80 failed (13: Permission denied)`.
 * cannotServe turns it into the failure of the check (the pods would crash-loop the same way).
 */
import { PORT_ENV } from '@goship/contract';
import { UserError } from '@goship/kit';
import type { ListeningResult, RunAs } from './check.js';
import { describeUser } from './user.js';

export interface ListenFailure {
  /** The address the process tried, as it wrote it (`:80`, `0.0.0.0:80`, `[::]:80`). */
  address: string;
  /** The port of that address, when it is a number. */
  port?: number;
  /** The kernel's reason, lower-case: `permission denied`, `address already in use`, … */
  reason: string;
  /** The output line it was read from (sanitized, at most 300 characters). */
  line: string;
}

const PATTERNS: { re: RegExp; address: number; reason: number }[] = [
  // Go: "listen tcp :80: bind: permission denied" (also tcp4/tcp6, and errors other than bind).
  { re: /listen tcp[46]? ((?:\[[^\]\s]*\]|[^\s:[\]]*):\d+): (?:bind: )?([^\n]+)/, address: 1, reason: 2 },
  // Node.js: "listen EACCES: permission denied 0.0.0.0:80".
  { re: /listen E[A-Z]+: ([a-z ]+?) ((?:\[[^\]\s]*\]|[^\s]*):\d+)/, address: 2, reason: 1 },
  // nginx: "bind() to 0.0.0.0:80 failed (13: Permission denied)".
  { re: /bind\(\) to ((?:\[[^\]\s]*\]|[^\s]*):\d+) failed \(\d+: ([^)]+)\)/, address: 1, reason: 2 },
];

/** The last listen failure the output reports, or undefined when it reports none. */
export function parseListenFailure(output: string): ListenFailure | undefined {
  const lines = sanitizeOutput(output).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    for (const p of PATTERNS) {
      const m = p.re.exec(line);
      if (!m) continue;
      const address = m[p.address]!;
      const port = Number(/:(\d+)$/.exec(address)?.[1]);
      return {
        address,
        port: Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined,
        reason: m[p.reason]!.trim().toLowerCase(),
        line: line.trim().slice(0, 300),
      };
    }
  }
  return undefined;
}

/** A port below 1024 refused to a process without CAP_NET_BIND_SERVICE. */
export function isPrivilegedRefusal(f: ListenFailure): boolean {
  return f.port !== undefined && f.port < 1024 && /permission denied|eacces/.test(f.reason);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * The process's output made fit for a message: terminal escapes and control characters removed (a
 * process must not be able to colour or rewrite the step's log, nor start a workflow command with `::`
 * at a line's start), at most the last `maxLines` lines of at most 200 characters each.
 */
export function sanitizeOutput(output: string, maxLines = 40): string {
  return output
    .replace(ESCAPES, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '')
    .slice(-maxLines)
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l).replace(/^::/, ': :'))
    .join('\n');
}

/**
 * A process that exited, or said it could not listen, before it listened: the image cannot serve, and the
 * pods would crash-loop the same way. The message names the address it tried and why (from its output),
 * a privileged port refused to a non-root User as such, and the output itself (sanitized, its last lines).
 */
export function cannotServe(
  r: ListeningResult,
  where: string,
  imageUser: RunAs,
  portEnv = PORT_ENV,
): UserError {
  const output = r.output.trim()
    ? ` Its output (last lines):\n${sanitizeOutput(r.output, 10)}\n`
    : ' It printed nothing.';
  const f = r.listenFailure;
  const what =
    r.outcome === 'exited'
      ? `exited (${r.exit?.signal ?? `code ${r.exit?.code}`}) before listening on the declared ${r.declaredPort}`
      : `never listened on the declared ${r.declaredPort}`;
  const tried = f ? `: it tried ${f.address} (${f.reason})` : '';
  if (f && isPrivilegedRefusal(f) && imageUser.uid !== 0)
    // A port below 1024 needs CAP_NET_BIND_SERVICE, which a non-root User does not have.
    return new UserError(
      `The image's process cannot listen on port ${f.port}: a port below 1024 is privileged, and the image's User ${describeUser(imageUser)} is not root; it ${what}${tried} (${where}). The pods would crash-loop the same way. Nothing was pushed.${output}`,
      {
        hint: `Serve on a port of 1024 or above through the service's own setting: its port flag in args (e.g. --port=$(${portEnv})) or the variable it reads (port-env), with that port in the port input; or grant the container NET_BIND_SERVICE (securityContext.capabilities.add) in your own manifests.`,
      },
    );
  const elsewhere =
    f?.port !== undefined && f.port !== r.declaredPort
      ? ` It tried port ${f.port}, not the declared ${r.declaredPort}: the service does not read its port from ${portEnv} (set port-env to the variable it reads, or pass the port in args such as --port=$(${portEnv})).`
      : '';
  return new UserError(
    `The image's process ${what}${tried} (${where}). The pods would fail the same way. Nothing was pushed.${elsewhere}${output}`,
    {
      hint: 'Read its output above; a service that needs something at start (a file, a database) must still open its port, or set listening-check: false.',
    },
  );
}
