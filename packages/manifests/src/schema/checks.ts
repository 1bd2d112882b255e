/*
 * Rules the API server enforces in code rather than in the OpenAPI schema, for the mistakes that are
 * common in hand-written manifests: names, labels, empty container lists, port names, and a workload
 * selector that does not match its own template (the API server rejects all of these on apply).
 */
import { type FieldPath, formatPath, get, isObject, type Manifest, refOf } from '../model.js';
import { containersOf, podTemplateOf, selectorMatches } from '../workloads.js';

export interface CheckProblem {
  path: FieldPath;
  message: string;
  hint?: string;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export function checkDnsLabel(value: string): string | undefined {
  if (value.length > 63) return 'is longer than 63 characters';
  if (!DNS1123_LABEL.test(value))
    return 'must be lower-case letters, digits and -, starting and ending with a letter or digit';
  return undefined;
}

function checkName(kind: string, name: string): string | undefined {
  if (kind === 'Service') {
    if (name.length > 63 || !DNS1035_LABEL.test(name)) {
      return `Service name '${name}' must be a DNS-1035 label: at most 63 lower-case letters, digits and -, starting with a letter`;
    }
    return undefined;
  }
  if (kind === 'Namespace') {
    const p = checkDnsLabel(name);
    return p ? `Namespace name '${name}' ${p}` : undefined;
  }
  if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    return `name '${name}' must be a DNS-1123 subdomain: lower-case letters, digits, - and ., at most 253 characters`;
  }
  return undefined;
}

function checkLabels(labels: unknown, path: FieldPath, out: CheckProblem[]): void {
  if (!isObject(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    if (
      (prefix && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) ||
      name.length > 63 ||
      !LABEL_NAME.test(name)
    ) {
      out.push({
        path: [...path, k],
        message: `label key '${k}' is not valid`,
        hint: 'Label keys are [prefix/]name with name ≤63 of [A-Za-z0-9_.-].',
      });
    }
    if (typeof v === 'string' && v !== '' && (v.length > 63 || !LABEL_NAME.test(v))) {
      out.push({
        path: [...path, k],
        message: `label ${k}: value '${v}' is not valid`,
        hint: 'Label values are at most 63 characters of [A-Za-z0-9_.-], starting and ending alphanumeric.',
      });
    }
  }
}

export function semanticChecks(m: Manifest): CheckProblem[] {
  const out: CheckProblem[] = [];
  const { kind, name } = refOf(m);
  const nameProblem = checkName(kind, name);
  if (nameProblem) out.push({ path: ['metadata', 'name'], message: nameProblem });
  checkLabels(get(m.object, ['metadata', 'labels']), ['metadata', 'labels'], out);

  if (kind === 'ConfigMap') {
    const data = get(m.object, ['data']);
    if (isObject(data)) {
      for (const k of Object.keys(data)) {
        if (!/^[-._a-zA-Z0-9]+$/.test(k))
          out.push({
            path: ['data', k],
            message: `ConfigMap key '${k}' is not valid`,
            hint: 'Keys are made of letters, digits, -, _ and .',
          });
      }
    }
  }

  const t = podTemplateOf(m);
  if (!t) return out;
  checkLabels(get(m.object, [...t.path, 'metadata', 'labels']), [...t.path, 'metadata', 'labels'], out);
  const containers = get(m.object, [...t.path, 'spec', 'containers']);
  if (!Array.isArray(containers) || containers.length === 0) {
    out.push({
      path: [...t.path, 'spec'],
      message: `${kind} ${name} has no containers (${formatPath([...t.path, 'spec', 'containers'])} is ${Array.isArray(containers) ? 'empty' : 'missing'})`,
      hint: 'A pod needs at least one container with a name and an image.',
    });
  }
  const names = new Set<string>();
  for (const c of containersOf(t)) {
    if (typeof c.container.name === 'string') {
      const p = checkDnsLabel(c.container.name);
      if (p) out.push({ path: [...c.path, 'name'], message: `container name '${c.container.name}' ${p}` });
      if (names.has(c.container.name))
        out.push({
          path: [...c.path, 'name'],
          message: `container name '${c.container.name}' is used twice in the pod`,
        });
      names.add(c.container.name);
    }
    const ports = c.container.ports;
    const portNames = new Set<string>();
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (!isObject(p) || typeof p.name !== 'string') return;
        const n = p.name;
        if (n.length > 15 || !IANA_SVC_NAME.test(n) || !/[a-z]/.test(n) || n.includes('--')) {
          out.push({
            path: [...c.path, 'ports', i, 'name'],
            message: `port name '${n}' is not valid`,
            hint: 'Port names are at most 15 lower-case letters, digits and single -, with at least one letter (e.g. http, grpc, metrics).',
          });
        }
        if (portNames.has(n))
          out.push({
            path: [...c.path, 'ports', i, 'name'],
            message: `port name '${n}' is used twice in container ${c.name}`,
          });
        portNames.add(n);
      });
    }
  }
  const selector =
    t.path.length > 0 && kind !== 'CronJob' && kind !== 'Job'
      ? get(m.object, ['spec', 'selector'])
      : undefined;
  if (isObject(selector) && !selectorMatches(selector, t.labels)) {
    out.push({
      path: ['spec', 'selector'],
      message: `${kind} ${name}: spec.selector ${JSON.stringify(selector)} does not match the template labels ${JSON.stringify(t.labels)}`,
      hint: 'The API server rejects a workload whose selector does not select its own pods: make the selector a subset of template.metadata.labels.',
    });
  }
  return out;
}
