/*
 * What each layer states about the port, version, commit and digest, as integrity observations: the
 * binary's -X values, the image config and tag as read back from the registry, the port the image's
 * process really listens on, the rendered manifests, and the /version answer of the smoke test.
 */
import { type BuildArtifact, PORT_ENV, portInEnv } from '@goship/contract';
import type { PortReport, PortUse } from '@goship/manifests';
import type { ImageListening, PushedImage } from '@goship/oci';
import type { Observation } from './integrity.js';
import type { LiveFact } from './live.js';

/** The binaries' -X values; with port-var none the port row says where the port comes from instead. */
export function buildObservations(
  build: { artifacts: BuildArtifact[] },
  port: { noPortVar?: boolean; portEnv?: string } = {},
): Observation[] {
  return build.artifacts.flatMap((a) => {
    const injected = (suffix: string) => Object.entries(a.injected ?? {}).find(([k]) => k.endsWith(suffix));
    return (
      [
        ['port', '.port'],
        ['version', '.version'],
        ['commit', '.commit'],
      ] as const
    ).map(([subject, suffix]) => {
      const found = injected(suffix);
      if (subject === 'port' && port.noPortVar && !found)
        return {
          subject,
          layer: 'binary',
          where: `${a.platform} (port-var: none)`,
          value: undefined,
          note: `no -X port: the process reads ${port.portEnv ?? PORT_ENV} or its args`,
        };
      return {
        subject,
        layer: 'binary',
        where: `${a.platform} -X ${found?.[0] ?? `(${subject})`}`,
        value: found?.[1],
      };
    });
  });
}

/**
 * The image as the registry serves it after the push: its config's ENV PORT and ExposedPorts, its OCI
 * version/revision labels, the digest read back and what the version tag resolves to.
 */
export function imageObservations(
  pushed: PushedImage,
  o: { port: number; portEnv?: string; versionTag?: string },
): Observation[] {
  const cfg = pushed.config.config;
  const where = (what: string) => `${pushed.platform} config ${what}`;
  const portEnv = o.portEnv ?? PORT_ENV;
  const envPort = portInEnv(cfg.Env ?? [], portEnv);
  const exposed = Object.keys(cfg.ExposedPorts ?? {})
    .filter((k) => /^\d+(\/tcp)?$/.test(k))
    .map((k) => Number.parseInt(k, 10));
  // A second exposed port (metrics, debug) is normal; the application's port must be among them.
  const exposedValue =
    exposed.length === 0
      ? undefined
      : exposed.length === 1 || !exposed.includes(o.port)
        ? exposed.join(', ')
        : o.port;
  const labels = cfg.Labels ?? {};
  const rows: Observation[] = [
    { subject: 'port', layer: 'image (registry)', where: where(`ENV ${portEnv}`), value: envPort },
    {
      subject: 'port',
      layer: 'image (registry)',
      where: where('ExposedPorts'),
      value: exposedValue,
      note: exposed.length > 1 ? `exposes ${exposed.join(', ')}` : undefined,
    },
    {
      subject: 'version',
      layer: 'image (registry)',
      where: where('label org.opencontainers.image.version'),
      value: labels['org.opencontainers.image.version'],
    },
    {
      subject: 'commit',
      layer: 'image (registry)',
      where: where('label org.opencontainers.image.revision'),
      value: labels['org.opencontainers.image.revision'],
    },
    {
      subject: 'digest',
      layer: 'registry',
      where: `manifest read back (${pushed.mediaType.includes('index') || pushed.mediaType.includes('list') ? 'index' : 'manifest'})`,
      value: pushed.digest,
    },
  ];
  if (o.versionTag)
    rows.push({
      subject: 'digest',
      layer: 'registry',
      where: `tag :${o.versionTag}`,
      // A tag that is gone is a disagreement, not a blank.
      value: pushed.tags[o.versionTag] ?? '(no such tag)',
    });
  return rows;
}

/** The port the image's process was seen listening on by docker-multistage's listening check. */
export function listeningObservation(l: ImageListening): Observation {
  return {
    subject: 'port',
    layer: 'process',
    where: `process listens on${l.platform ? ` (${l.platform}, in ${l.isolation ?? `a ${l.sandbox} sandbox`})` : ''}`,
    value: l.port,
    note: l.status === 'passed' ? undefined : `${l.status}: ${l.reason ?? ''}`,
  };
}

/** The application port is what containers, targetPorts, probes and PORT env name; a Service's own port,
 * its nodePort, a hostPort and a dependency's port (wait-for) are other numbers, listed only. */
const APP_PORT_ROLES = new Set<PortUse['role']>([
  'containerPort',
  'service.targetPort',
  'probe',
  'env',
  'expected-port',
]);

export function renderObservations(report: PortReport | undefined): Observation[] {
  return (report?.uses ?? []).map((u) => ({
    subject: 'port' as const,
    layer: 'manifests',
    where: `${u.object}${u.container ? ` ${u.container}` : ''} ${u.field}`,
    value: u.port ?? u.value,
    compares: APP_PORT_ROLES.has(u.role),
  }));
}

/**
 * What the service said about itself on the smoke path (examples/hello's /version answers {version, commit,
 * port}). A service not asked for its version (it has no version variables) gets one row saying so: the
 * pods' image digest proves the release instead.
 */
export function smokeObservations(
  smoke: { targets: { target: string; answer?: string }[] } | undefined,
  o: { path: string; reportsVersion: boolean } = { path: '/version', reportsVersion: true },
): Observation[] {
  if (!o.reportsVersion)
    return [
      {
        subject: 'version',
        layer: 'smoke test',
        where: `GET ${o.path}: not reported by the service (proven by the pods' image digest)`,
        value: undefined,
      },
    ];
  let answer: Record<string, unknown> | undefined;
  try {
    answer = JSON.parse(smoke?.targets[0]?.answer ?? '') as Record<string, unknown>;
  } catch {
    return [];
  }
  const field = (k: string) =>
    typeof answer?.[k] === 'string' || typeof answer?.[k] === 'number' ? (answer[k] as string) : undefined;
  return [
    { subject: 'version', layer: 'smoke test', where: `GET ${o.path}: version`, value: field('version') },
    { subject: 'commit', layer: 'smoke test', where: `GET ${o.path}: commit`, value: field('commit') },
    {
      subject: 'port',
      layer: 'process',
      where: `GET ${o.path}: port (what the process uses)`,
      value: field('port'),
    },
  ];
}

/**
 * The live objects' facts as cluster rows. Only the Service's `http` port must equal the declared port:
 * its other ports (a Service's own `port: 80`, a nodePort) are listed for the reader.
 */
export function liveObservations(facts: LiveFact[], cluster?: string): Observation[] {
  return facts.map((f) => ({
    ...f,
    where: cluster ? `[${cluster}] ${f.where}` : f.where,
    layer: 'cluster',
    compares: f.subject !== 'port' || /port http/.test(f.where),
  }));
}
