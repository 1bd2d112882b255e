/* Shared pieces of the port analysis: the report types, the recorder of uses and problems, lookups. */
import { UserError } from '@goship/kit';
import {
  describe,
  type FieldPath,
  formatPath,
  get,
  isObject,
  type Json,
  type JsonObject,
  locate,
  type Manifest,
  refOf,
  where,
} from '../model.js';
import type { ContainerRef, PodTemplate } from '../workloads.js';

export type PortRole =
  | 'containerPort'
  | 'hostPort'
  | 'service.port'
  | 'service.targetPort'
  | 'service.nodePort'
  | 'probe'
  | 'env'
  | 'wait-for'
  | 'expected-port';

export interface PortUse {
  object: string;
  container?: string;
  role: PortRole;
  field: string;
  /** As written: a number, a port name, an env value. */
  value: number | string;
  /** The port number it resolves to, when it resolves. */
  port?: number;
  file?: string;
  line?: number;
  status: 'ok' | 'mismatch' | 'invalid' | 'unchecked';
  note: string;
}

export interface PortReport {
  consistent: boolean;
  /** The application port when the set agrees on one (the port targeted by the Services). */
  port?: number;
  uses: PortUse[];
  problems: string[];
}

export interface PortOptions {
  /** The port the binary was built with (`-X main.port`). */
  expectedPort?: number;
  /** Which containers run that binary. */
  isBuiltContainer?: (c: ContainerRef) => boolean;
  /** The variable the service reads its port from (port-env), PORT by default. */
  portEnv?: string;
}

export interface Side {
  manifest: Manifest;
  path: FieldPath;
  use?: PortUse;
}

export interface DeclaredPort {
  name?: string;
  port: number;
  use: PortUse;
  side: Side;
}

export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** What the checks share: the analysis being filled, and the set's workloads, Services and ConfigMaps. */
export interface PortContext {
  a: Analysis;
  templates: PodTemplate[];
  services: Manifest[];
  configMaps: Map<string, Manifest>;
  /** Ports each container declares (by container object). */
  declared: Map<JsonObject, DeclaredPort[]>;
}

export class Analysis {
  readonly uses: PortUse[] = [];
  readonly errors: UserError[] = [];
  readonly problems: string[] = [];

  use(
    m: Manifest,
    path: FieldPath,
    role: PortRole,
    value: number | string,
    extra: Partial<PortUse> = {},
  ): PortUse {
    const loc = locate(m, path);
    const u: PortUse = {
      object: describe(m),
      role,
      field: formatPath(path),
      value,
      file: loc?.file,
      line: loc?.line,
      status: 'ok',
      note: '',
      ...extra,
    };
    this.uses.push(u);
    return u;
  }

  /** One problem, annotated at every side involved. */
  fail(message: string, hint: string, sides: Side[], status: 'mismatch' | 'invalid' = 'mismatch'): void {
    this.problems.push(message);
    const seen = new Set<string>();
    for (const s of sides) {
      if (s.use) s.use.status = status;
      const loc = locate(s.manifest, s.path);
      const key = `${loc?.file}:${loc?.line}`;
      if (seen.has(key) && sides.length > 1) continue;
      seen.add(key);
      const side =
        sides.length > 1
          ? ` [this side: ${describe(s.manifest)} ${formatPath(s.path)} at ${where(s.manifest, s.path)}]`
          : '';
      this.errors.push(new UserError(`${message}${side}`, { hint, location: loc }));
    }
  }
}

/** A port number from a manifest value: integers 1–65535, or digits in a string (env values). */
export function portNumber(v: Json | undefined, allowString: boolean): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535) return v;
  if (allowString && typeof v === 'string' && /^\d{1,5}$/.test(v.trim())) {
    const n = Number(v.trim());
    return n >= 1 && n <= 65535 ? n : undefined;
  }
  return undefined;
}

export const RANGE_HINT = 'A port is a whole number from 1 to 65535.';

/** A Service by the host name a pod in `namespace` would use: name, name.ns, name.ns.svc[.cluster.local]. */
export function findService(services: Manifest[], host: string, namespace: string): Manifest | undefined {
  const parts = host.toLowerCase().split('.');
  if (parts.length > 2 && parts[2] !== 'svc') return undefined;
  const [name, ns = namespace] = parts;
  return services.find((s) => {
    const r = refOf(s);
    return r.name === name && r.namespace === ns;
  });
}

export function servicePorts(svc: Manifest): { port: number; path: FieldPath }[] {
  const ports = get(svc.object, ['spec', 'ports']);
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((p, i) => {
    const n = isObject(p) ? portNumber(p.port, false) : undefined;
    return n === undefined ? [] : [{ port: n, path: ['spec', 'ports', i, 'port'] as FieldPath }];
  });
}
