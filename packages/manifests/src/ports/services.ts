/* Services: their own ports (port, nodePort), what their selector selects, what targetPort resolves to. */
import { describe, type FieldPath, isObject, type JsonObject, type Manifest, refOf } from '../model.js';
import { containersOf, type PodTemplate, selectorMatches } from '../workloads.js';
import {
  NODE_PORT_MAX,
  NODE_PORT_MIN,
  type PortContext,
  type PortUse,
  portNumber,
  RANGE_HINT,
  type Side,
} from './analysis.js';

/** Checks every Service; returns the first resolved targetPort (the application port). */
export function checkServices(ctx: PortContext): number | undefined {
  const nodePorts = new Map<number, Side>();
  let appPort: number | undefined;
  for (const svc of ctx.services) {
    const spec = isObject(svc.object.spec) ? svc.object.spec : {};
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    if (type === 'ExternalName') continue;
    const selector = isObject(spec.selector) ? spec.selector : undefined;
    const selected = selectedTemplates(ctx, svc, selector);
    const ports = Array.isArray(spec.ports) ? spec.ports : [];
    ports.forEach((p, i) => {
      if (!isObject(p)) return;
      const base: FieldPath = ['spec', 'ports', i];
      checkServicePort(ctx, svc, p, base, type);
      if (p.nodePort !== undefined) checkNodePort(ctx, svc, p, base, type, nodePorts);
      const port = checkTargetPort(ctx, svc, p, base, selector, selected);
      if (port !== undefined && appPort === undefined) appPort = port;
    });
  }

  return appPort;
}

/** The pod templates of the Service's namespace that its selector selects; selecting none is an error. */
function selectedTemplates(ctx: PortContext, svc: Manifest, selector: JsonObject | undefined): PodTemplate[] {
  const { a, templates } = ctx;
  const ns = refOf(svc).namespace;
  const selected = selector
    ? templates.filter((t) => t.namespace === ns && selectorMatches(selector, t.labels))
    : [];
  if (selector && selected.length === 0) {
    const candidates = templates
      .filter((t) => t.namespace === ns)
      .map((t) => `${describe(t.manifest)} has ${JSON.stringify(t.labels)}`);
    a.fail(
      `Service ${refOf(svc).name} selects no pods: its selector ${JSON.stringify(selector)} matches no pod template in the rendered set`,
      candidates.length
        ? `Make the selector a subset of the pod template labels (${candidates.join('; ')}).`
        : 'Render the workload together with its Service, or fix the selector.',
      [{ manifest: svc, path: ['spec', 'selector'] }],
    );
  }
  return selected;
}

/** spec.ports[].port: a valid port. */
function checkServicePort(
  ctx: PortContext,
  svc: Manifest,
  p: JsonObject,
  base: FieldPath,
  type: string,
): void {
  const { a } = ctx;
  const port = portNumber(p.port, false);
  const puse = a.use(svc, [...base, 'port'], 'service.port', (p.port as number) ?? '', {
    port,
    note: `${type} port`,
  });
  if (port === undefined) {
    a.fail(
      `Service ${refOf(svc).name}: port ${JSON.stringify(p.port)} is not a valid port`,
      RANGE_HINT,
      [{ manifest: svc, path: [...base, 'port'], use: puse }],
      'invalid',
    );
  }
}

/** spec.ports[].nodePort: only on NodePort/LoadBalancer, in the node port range, used once in the rendered set. */
function checkNodePort(
  ctx: PortContext,
  svc: Manifest,
  p: JsonObject,
  base: FieldPath,
  type: string,
  nodePorts: Map<number, Side>,
): void {
  const { a } = ctx;
  const npath = [...base, 'nodePort'];
  const np = typeof p.nodePort === 'number' ? p.nodePort : undefined;
  const nuse = a.use(svc, npath, 'service.nodePort', p.nodePort as number, { port: np });
  if (type === 'ClusterIP') {
    a.fail(
      `Service ${refOf(svc).name} is ClusterIP but sets nodePort ${p.nodePort}`,
      'Set spec.type: NodePort (or LoadBalancer), or remove nodePort.',
      [{ manifest: svc, path: npath, use: nuse }],
      'invalid',
    );
  } else if (np === undefined || !Number.isInteger(np) || np < NODE_PORT_MIN || np > NODE_PORT_MAX) {
    a.fail(
      `Service ${refOf(svc).name}: nodePort ${JSON.stringify(p.nodePort)} is outside the node port range ${NODE_PORT_MIN}-${NODE_PORT_MAX}`,
      `Pick a nodePort from ${NODE_PORT_MIN} to ${NODE_PORT_MAX} (the API server's default --service-node-port-range), or leave it out to get one assigned.`,
      [{ manifest: svc, path: npath, use: nuse }],
      'invalid',
    );
  } else if (nodePorts.has(np)) {
    const other = nodePorts.get(np)!;
    a.fail(
      `nodePort ${np} is used twice`,
      'Each nodePort is cluster-wide: give every Service port its own.',
      [other, { manifest: svc, path: npath, use: nuse }],
    );
  } else nodePorts.set(np, { manifest: svc, path: npath, use: nuse });
}

/**
 * spec.ports[].targetPort (defaulting to port) against the containerPorts of the selected pods; returns the
 * port it resolves to, or undefined when it is not checked or does not resolve.
 */
function checkTargetPort(
  ctx: PortContext,
  svc: Manifest,
  p: JsonObject,
  base: FieldPath,
  selector: JsonObject | undefined,
  selected: PodTemplate[],
): number | undefined {
  const { a } = ctx;
  const tpath: FieldPath = p.targetPort === undefined ? [...base, 'port'] : [...base, 'targetPort'];
  const target = p.targetPort ?? p.port;
  if (typeof target !== 'number' && typeof target !== 'string') return undefined;
  const tuse = a.use(svc, tpath, 'service.targetPort', target, {
    note: p.targetPort === undefined ? 'defaults to port' : '',
  });
  if (!selector) {
    tuse.status = 'unchecked';
    tuse.note = 'no selector (endpoints managed elsewhere)';
    return undefined;
  }
  if (typeof target === 'number' && portNumber(target, false) === undefined) {
    a.fail(
      `Service ${refOf(svc).name}: targetPort ${target} is not a valid port`,
      RANGE_HINT,
      [{ manifest: svc, path: tpath, use: tuse }],
      'invalid',
    );
    return undefined;
  }
  const resolved: string[] = [];
  for (const t of selected) {
    const found = resolveTargetPort(ctx, svc, t, target, tpath, tuse);
    if (found !== undefined) resolved.push(found);
  }
  if (resolved.length) tuse.note = `${tuse.note ? `${tuse.note}; ` : ''}→ ${resolved.join(', ')}`;
  return tuse.port;
}

/** A targetPort (a name or a number) in one selected pod template: what it resolves to, for the note. */
function resolveTargetPort(
  ctx: PortContext,
  svc: Manifest,
  t: PodTemplate,
  target: number | string,
  tpath: FieldPath,
  tuse: PortUse,
): string | undefined {
  const { a, declared } = ctx;
  const appContainers = containersOf(t, 'app');
  const all = appContainers.flatMap((c) => (declared.get(c.container) ?? []).map((d) => ({ c, d })));
  if (typeof target === 'string') {
    const hit = all.find(({ d }) => d.name === target);
    if (!hit) {
      a.fail(
        `Service ${refOf(svc).name} targetPort '${target}' names no port of ${describe(t.manifest)}` +
          (all.length
            ? ` (it declares ${all.map(({ d }) => (d.name ? `${d.name}=${d.port}` : String(d.port))).join(', ')})`
            : ' (it declares no ports)'),
        'Name the container port (ports[].name) as the Service targetPort says, or change targetPort.',
        [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)],
      );
      return undefined;
    }
    tuse.port = hit.d.port;
    return `${describe(t.manifest)} ${hit.c.name}:${hit.d.port}`;
  }
  const hit = all.find(({ d }) => d.port === target);
  if (!hit && all.length > 0) {
    a.fail(
      `Service ${refOf(svc).name} targetPort ${target} matches no containerPort of ${describe(t.manifest)} (it declares ${all.map(({ d }) => d.port).join(', ')})`,
      'Make targetPort and containerPort the same number, or use a named targetPort (targetPort: http).',
      [{ manifest: svc, path: tpath, use: tuse }, ...all.map(({ d }) => d.side)],
    );
    return undefined;
  }
  tuse.port = target;
  return hit
    ? `${describe(t.manifest)} ${hit.c.name}:${target}`
    : `${describe(t.manifest)} (declares no ports)`;
}
