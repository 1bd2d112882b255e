/* Per container: declared ports, PORT/*_PORT env, the built binary's port, probes, init-container waits. */
import { PORT_ENV, PORT_NAME } from '@goship/contract';
import { describe, get, isObject, refOf } from '../model.js';
import { findWaitTargets } from '../wait-targets.js';
import type { ContainerRef } from '../workloads.js';
import {
  type DeclaredPort,
  findService,
  type PortContext,
  type PortOptions,
  portNumber,
  RANGE_HINT,
  type Side,
  servicePorts,
} from './analysis.js';
import { effectivePortEnv } from './env.js';

/** Records what each container declares in ctx.declared. */
export function collectDeclared(ctx: PortContext, containers: ContainerRef[]): void {
  const { a, declared } = ctx;
  for (const c of containers) {
    const list: DeclaredPort[] = [];
    const ports = get(c.container, ['ports']);
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (!isObject(p)) return;
        const path = [...c.path, 'ports', i, 'containerPort'];
        const name = typeof p.name === 'string' ? p.name : undefined;
        const n = portNumber(p.containerPort, false);
        const use = a.use(
          c.template.manifest,
          path,
          'containerPort',
          (p.containerPort as number | string) ?? '',
          {
            container: c.name,
            port: n,
            note: name ? `named ${name}` : 'unnamed',
          },
        );
        if (n === undefined) {
          a.fail(
            `${describe(c.template.manifest)} container ${c.name}: containerPort ${JSON.stringify(p.containerPort)} is not a valid port`,
            RANGE_HINT,
            [{ manifest: c.template.manifest, path, use }],
            'invalid',
          );
          return;
        }
        list.push({ name, port: n, use, side: { manifest: c.template.manifest, path, use } });
        if (p.hostPort !== undefined) {
          const hp = portNumber(p.hostPort, false);
          const hpath = [...c.path, 'ports', i, 'hostPort'];
          const huse = a.use(c.template.manifest, hpath, 'hostPort', p.hostPort as number, {
            container: c.name,
            port: hp,
          });
          if (hp === undefined)
            a.fail(
              `${describe(c.template.manifest)}: hostPort ${JSON.stringify(p.hostPort)} is not a valid port`,
              RANGE_HINT,
              [{ manifest: c.template.manifest, path: hpath, use: huse }],
              'invalid',
            );
        }
      });
    }
    declared.set(c.container, list);
  }
}

/** The port a container serves on: the one named http, else its only port. */
export function mainPort(ctx: PortContext, c: ContainerRef): DeclaredPort | undefined {
  const list = ctx.declared.get(c.container) ?? [];
  return list.find((p) => p.name === PORT_NAME) ?? (list.length === 1 ? list[0] : undefined);
}

type Listen = { port: number; side: Side; name: string };

export function checkContainers(ctx: PortContext, containers: ContainerRef[], opts: PortOptions): void {
  for (const c of containers) {
    const main = c.init ? undefined : mainPort(ctx, c);
    const ports = ctx.declared.get(c.container) ?? [];
    let listen = checkPortEnv(ctx, c, main, ports, opts.portEnv ?? PORT_ENV);
    listen = checkExpectedPort(ctx, c, opts, main, listen);
    checkProbes(ctx, c, ports, listen);
    if (c.init) checkWaits(ctx, c);
  }
}

/**
 * PORT and *_PORT env against the containerPorts and Services; returns where the service's port variable
 * (`listenEnv`: PORT, or port-env's) says the process listens.
 */
function checkPortEnv(
  ctx: PortContext,
  c: ContainerRef,
  main: DeclaredPort | undefined,
  ports: DeclaredPort[],
  listenEnv: string,
): Listen | undefined {
  const { a, services, configMaps } = ctx;
  const m = c.template.manifest;
  let listen: Listen | undefined;
  for (const env of effectivePortEnv(c, configMaps, a, listenEnv)) {
    if (env.port === undefined) continue;
    const prefix =
      env.name === listenEnv ? '' : env.name.slice(0, -'_PORT'.length).toLowerCase().replace(/_/g, '-');
    const named = prefix ? ports.find((p) => p.name === prefix) : main;
    if (env.name === listenEnv) listen = { port: env.port, side: env.sides[0]!, name: env.name };
    if (named) {
      if (named.port !== env.port) {
        a.fail(
          `${describe(m)} container ${c.name}: ${env.name}=${env.port} but its containerPort${named.name ? ` ${named.name}` : ''} is ${named.port}`,
          `The process listens on ${env.name}; make the env value (or the ConfigMap key feeding it) and containerPort the same port.`,
          [...env.sides, named.side],
        );
      } else
        env.use.note = `${env.use.note ? `${env.use.note}; ` : ''}= containerPort${named.name ? ` ${named.name}` : ''}`;
      continue;
    }
    if (env.name === listenEnv && ports.length > 0 && !ports.some((p) => p.port === env.port)) {
      a.fail(
        `${describe(m)} container ${c.name}: ${env.name}=${env.port} is not one of its containerPorts (${ports.map((p) => p.port).join(', ')})`,
        `Declare the port the process listens on as a containerPort, or fix ${env.name}.`,
        [...env.sides, ...ports.map((p) => p.side)],
      );
      continue;
    }
    const svc = prefix ? findService(services, prefix, c.template.namespace) : undefined;
    if (svc) {
      const svcPorts = servicePorts(svc);
      if (!svcPorts.some((p) => p.port === env.port)) {
        a.fail(
          `${describe(m)} container ${c.name}: ${env.name}=${env.port} but Service ${refOf(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ')}`,
          `Point ${env.name} at a port the Service exposes.`,
          [...env.sides, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))],
        );
      } else env.use.note = `= Service ${refOf(svc).name} port`;
    } else if (env.name !== listenEnv || ports.length === 0) {
      env.use.status = 'unchecked';
      const why =
        env.name === listenEnv ? 'container declares no ports' : 'names no declared port or rendered Service';
      env.use.note = env.use.note ? `${env.use.note}; ${why}` : why;
    }
  }
  return listen;
}

/** The binary's compiled-in port applies when PORT is not set; when it is, the two should still agree. */
function checkExpectedPort(
  ctx: PortContext,
  c: ContainerRef,
  opts: PortOptions,
  main: DeclaredPort | undefined,
  listen: Listen | undefined,
): Listen | undefined {
  const { a } = ctx;
  const m = c.template.manifest;
  if (opts.expectedPort !== undefined && !c.init && opts.isBuiltContainer?.(c)) {
    const exp = opts.expectedPort;
    const u = a.use(m, [...c.path, 'image'], 'expected-port', exp, {
      container: c.name,
      port: exp,
      note: 'built into the binary',
    });
    const expSide: Side = { manifest: m, path: [...c.path, 'image'], use: u };
    if (listen && listen.port !== exp) {
      a.fail(
        `${describe(m)} container ${c.name}: ${listen.name}=${listen.port} but the binary was built with port ${exp} (expected-port)`,
        'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.',
        [listen.side, expSide],
      );
    } else if (main && main.port !== exp) {
      a.fail(
        `${describe(m)} container ${c.name}: containerPort${main.name ? ` ${main.name}` : ''} is ${main.port} but the binary was built with port ${exp} (expected-port)`,
        'Build and deploy with the same port: the same value for -X main.port, the ConfigMap/env PORT and containerPort.',
        [main.side, expSide],
      );
    } else if (!main && !listen) u.status = 'unchecked';
    if (!listen) listen = { port: exp, side: expSide, name: 'expected-port' };
  }
  return listen;
}

/** Probe ports (httpGet, tcpSocket, grpc): a named port the container declares, or the port it listens on. */
function checkProbes(
  ctx: PortContext,
  c: ContainerRef,
  ports: DeclaredPort[],
  listen: Listen | undefined,
): void {
  const { a } = ctx;
  const m = c.template.manifest;
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
      const path = [...c.path, probe, handler, 'port'];
      const v = get(m.object, path);
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' && typeof v !== 'string') continue;
      const u = a.use(m, path, 'probe', v, { container: c.name, note: `${probe} ${handler}` });
      if (typeof v === 'string' && !/^\d+$/.test(v)) {
        const hit = ports.find((p) => p.name === v);
        if (!hit) {
          a.fail(
            `${describe(m)} container ${c.name}: ${probe} port '${v}' names no port of this container${ports.length ? ` (it declares ${ports.map((p) => p.name ?? p.port).join(', ')})` : ''}`,
            'Probe a named port the container declares (ports[].name), or use the number.',
            [{ manifest: m, path, use: u }, ...ports.map((p) => p.side)],
          );
        } else u.port = hit.port;
        continue;
      }
      const n = portNumber(v, false);
      if (n === undefined) {
        a.fail(
          `${describe(m)} container ${c.name}: ${probe} port ${JSON.stringify(v)} is not a valid port`,
          RANGE_HINT,
          [{ manifest: m, path, use: u }],
          'invalid',
        );
        continue;
      }
      u.port = n;
      const against = ports.length > 0 ? ports.map((p) => p.port) : listen ? [listen.port] : [];
      if (against.length > 0 && !against.includes(n)) {
        a.fail(
          `${describe(m)} container ${c.name}: ${probe} checks port ${n} but the container ${ports.length ? `declares ${against.join(', ')}` : `listens on ${listen!.port}`}`,
          'Probe the port the process listens on; a named port (port: http) keeps them together.',
          [{ manifest: m, path, use: u }, ...(ports.length ? ports.map((p) => p.side) : [listen!.side])],
        );
      } else if (against.length === 0) u.status = 'unchecked';
    }
  }
}

/** What an init container waits for (host:port): a valid port, and one its rendered Service exposes. */
function checkWaits(ctx: PortContext, c: ContainerRef): void {
  const { a, services } = ctx;
  const m = c.template.manifest;
  for (const target of findWaitTargets(c.container)) {
    const path = [...c.path, ...target.path];
    const u = a.use(m, path, 'wait-for', `${target.host}:${target.port}`, {
      container: c.name,
      port: target.port,
    });
    if (target.port < 1 || target.port > 65535) {
      a.fail(
        `${describe(m)} init container ${c.name} waits for ${target.host}:${target.port}, which is not a valid port`,
        RANGE_HINT,
        [{ manifest: m, path, use: u }],
        'invalid',
      );
      continue;
    }
    if (target.host === 'localhost' || target.host === '127.0.0.1') {
      u.status = 'unchecked';
      u.note = 'same pod';
      continue;
    }
    const svc = findService(services, target.host, c.template.namespace);
    if (!svc) {
      u.status = 'unchecked';
      u.note = 'dependency not in the rendered set';
      continue;
    }
    const svcPorts = servicePorts(svc);
    if (!svcPorts.some((p) => p.port === target.port)) {
      a.fail(
        `${describe(m)} init container ${c.name} waits for ${target.host}:${target.port} but Service ${refOf(svc).name} listens on ${svcPorts.map((p) => p.port).join(', ') || 'no port'}`,
        'Wait for a port the Service exposes (its spec.ports[].port, not the targetPort).',
        [{ manifest: m, path, use: u }, ...svcPorts.map((p) => ({ manifest: svc, path: p.path }))],
      );
    } else u.note = `= Service ${refOf(svc).name} port`;
  }
}
