/* PORT and *_PORT as a container sees them: literal env values, configMapKeyRef, envFrom. */
import { describe, isObject, type Json, type Manifest, refOf } from '../model.js';
import type { ContainerRef } from '../workloads.js';
import type { Analysis, PortUse, Side } from './analysis.js';
import { portNumber } from './analysis.js';

export interface PortEnv {
  name: string;
  port?: number;
  use: PortUse;
  /** The env entry, and the ConfigMap key when the value comes from one. */
  sides: Side[];
}

const PORT_ENV = /^(?:PORT|[A-Z0-9_]+_PORT)$/;

/** PORT and *_PORT variables a container sees: env entries win over envFrom, as in the kubelet. */
export function effectivePortEnv(
  c: ContainerRef,
  configMaps: Map<string, Manifest>,
  a: Analysis,
  /** The service's own port variable (port-env) when its name is not of the *_PORT form. */
  listenEnv?: string,
): PortEnv[] {
  const isPortEnv = (name: string) => PORT_ENV.test(name) || name === listenEnv;
  const m = c.template.manifest;
  const out = new Map<string, PortEnv>();
  const fromValue = (name: string, value: Json | undefined, sides: Side[], via: string) => {
    const port = portNumber(value, true);
    const u = a.use(
      sides[0]!.manifest,
      sides[0]!.path,
      'env',
      `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
      {
        container: c.name,
        port,
        note: via,
      },
    );
    sides[0]!.use = u;
    if (port === undefined) {
      a.fail(
        `${describe(m)} container ${c.name}: ${name}=${JSON.stringify(value)}${via ? ` (${via})` : ''} is not a port number`,
        `${name} must be a whole number from 1 to 65535.`,
        sides,
        'invalid',
      );
    }
    out.set(name, { name, port, use: u, sides });
  };
  const cm = (name: Json | undefined) =>
    typeof name === 'string' ? configMaps.get(`${c.template.namespace}/${name}`) : undefined;

  const envFrom = Array.isArray(c.container.envFrom) ? c.container.envFrom : [];
  envFrom.forEach((ef, i) => {
    if (!isObject(ef) || !isObject(ef.configMapRef)) return;
    const src = cm(ef.configMapRef.name);
    const data = src && isObject(src.object.data) ? src.object.data : undefined;
    if (!src || !data) return;
    const prefix = typeof ef.prefix === 'string' ? ef.prefix : '';
    for (const [key, value] of Object.entries(data)) {
      const name = prefix + key;
      if (!isPortEnv(name)) continue;
      fromValue(
        name,
        value,
        [
          { manifest: src, path: ['data', key] },
          { manifest: m, path: [...c.path, 'envFrom', i] },
        ],
        `envFrom ConfigMap ${refOf(src).name}`,
      );
    }
  });
  const env = Array.isArray(c.container.env) ? c.container.env : [];
  env.forEach((e, i) => {
    if (!isObject(e) || typeof e.name !== 'string' || !isPortEnv(e.name)) return;
    const path = [...c.path, 'env', i];
    if (e.value !== undefined) {
      fromValue(e.name, e.value, [{ manifest: m, path: [...path, 'value'] }], 'literal');
      return;
    }
    const ref =
      isObject(e.valueFrom) && isObject(e.valueFrom.configMapKeyRef)
        ? e.valueFrom.configMapKeyRef
        : undefined;
    if (!ref) {
      out.delete(e.name);
      a.use(m, path, 'env', `${e.name} (valueFrom)`, {
        container: c.name,
        status: 'unchecked',
        note: 'not from a ConfigMap',
      });
      return;
    }
    const src = cm(ref.name);
    const key = typeof ref.key === 'string' ? ref.key : '';
    if (!src) {
      out.delete(e.name);
      a.use(m, path, 'env', `${e.name} (ConfigMap ${String(ref.name)} key ${key})`, {
        container: c.name,
        status: 'unchecked',
        note: 'ConfigMap not in the rendered set',
      });
      return;
    }
    const data = isObject(src.object.data) ? src.object.data : {};
    if (!(key in data)) {
      if (ref.optional === true) return;
      const u = a.use(m, path, 'env', `${e.name} (ConfigMap ${refOf(src).name} key ${key})`, {
        container: c.name,
      });
      a.fail(
        `${describe(m)} container ${c.name}: ${e.name} comes from ConfigMap ${refOf(src).name} key '${key}', which the ConfigMap does not have (keys: ${Object.keys(data).join(', ') || 'none'})`,
        'The pod would fail with CreateContainerConfigError: add the key to the ConfigMap or fix configMapKeyRef.key.',
        [
          { manifest: m, path: [...path, 'valueFrom', 'configMapKeyRef', 'key'], use: u },
          { manifest: src, path: ['data'] },
        ],
      );
      return;
    }
    fromValue(
      e.name,
      data[key],
      [
        { manifest: src, path: ['data', key] },
        { manifest: m, path },
      ],
      `ConfigMap ${refOf(src).name} key ${key}`,
    );
  });
  return [...out.values()];
}
