// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} placeholders in the generated manifests
/*
 * render-manifests benchmark (npx tsx bench/render-manifests.ts [rounds]).
 *
 * 1. Render + validate 200 objects (50 applications × ConfigMap, Service, Deployment, HPA, written as
 *    files with ${VAR} placeholders): parse with source positions, substitute, pin images, annotate,
 *    schema-validate (Kubernetes 1.34, strict), semantic checks, port analysis, sort, serialize.
 *    Target: < 2 ms per object. Baseline in the same run: js-yaml loadAll + dump of the same text (what a
 *    renderer that checks nothing costs), so the ratio is the price of the checks.
 * 2. The phases separately (parse with positions, validation, port analysis), to see where time goes.
 * 2b. Serialization in the chain's YAML dialect (@goship/contract toYaml: every string YAML 1.1, 1.2 or
 *    kubectl would retype is quoted) against eemeli/yaml's plain stringify of the same objects.
 * 3. Start-up of the bundle (Node 24 as the runner starts it, failing on a bad input) against `node -e ''`.
 * Rounds alternate measured and baseline; medians reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toYaml } from '@goship/contract';
import { Inputs, objectInputs } from '@goship/kit';
import { dump, loadAll } from 'js-yaml';
import { stringify } from 'yaml';
import {
  analysePorts,
  type Manifest,
  parseManifests,
  readRenderOptions,
  render,
  SchemaCatalog,
  validateManifests,
} from '../packages/manifests/src/index.js';
import { node24, repoRoot } from '../test/harness/run-action.js';

const rounds = Number(process.argv[2] ?? 15);
const APPS = 50;
const DIGEST = `sha256:${'ab'.repeat(32)}`;

function app(i: number): string {
  const name = `app-${i}`;
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
data:
  PORT: "\${PORT}"
  LOG_LEVEL: info
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app: ${name}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      initContainers:
        - name: wait-db
          image: busybox:1.36
          command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
      containers:
        - name: app
          image: \${REGISTRY}/acme/${name}:dev
          ports:
            - name: http
              containerPort: \${PORT}
          env:
            - name: PORT
              valueFrom:
                configMapKeyRef:
                  name: ${name}-config
                  key: PORT
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {memory: 128Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: http}
          livenessProbe:
            httpGet: {path: /healthz, port: http}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: 2
  maxReplicas: 5
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}
`;
}

const ws = mkdtempSync(join(tmpdir(), 'bench-render-'));
for (let f = 0; f < 5; f++) {
  const text = Array.from({ length: APPS / 5 }, (_, k) => app(f * (APPS / 5) + k)).join('---\n');
  writeFileSync(join(ws, `apps-${f}.yaml`), text);
}
const images = Array.from({ length: APPS }, (_, i) => `localhost:5000/acme/app-${i}@${DIGEST}`).join('\n');
const inputs = { source: 'files', files: '*.yaml', vars: 'PORT=8080\nREGISTRY=localhost:5000', images };
const texts = Array.from({ length: 5 }, (_, f) =>
  readFileSync(join(ws, `apps-${f}.yaml`), 'utf8')
    .replaceAll('${PORT}', '8080')
    .replaceAll('${REGISTRY}', 'localhost:5000'),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: () => unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

async function renderAll() {
  const o = await readRenderOptions(new Inputs(objectInputs(inputs)), {
    workspace: ws,
    runnerTemp: ws,
    env: {},
  });
  const r = await render(o.request);
  if (r.objects.length !== APPS * 4 || !r.ports.consistent) throw new Error('unexpected render result');
  return r;
}
const baseline = () => {
  for (const t of texts) for (const doc of loadAll(t)) dump(doc);
};

// Warm-up (module loading, lazy schema files, JIT).
await renderAll();
baseline();

const full: number[] = [];
const base: number[] = [];
for (let i = 0; i < rounds; i++) {
  full.push(await time(renderAll));
  base.push(await time(baseline));
}
const objects = APPS * 4;
const perObject = median(full) / objects;
console.log(`render + validate ${objects} objects (files source, ${rounds} rounds, medians)`);
console.log(
  `  render-manifests : ${median(full).toFixed(1)} ms = ${perObject.toFixed(3)} ms/object (target < 2 ms) ${perObject < 2 ? 'OK' : 'MISSED'}`,
);
console.log(
  `  baseline         : ${median(base).toFixed(1)} ms = ${(median(base) / objects).toFixed(3)} ms/object (js-yaml loadAll + dump, no checks)`,
);
console.log(`  ratio            : ${(median(full) / median(base)).toFixed(2)}× the baseline`);

// Phases.
const catalog = new SchemaCatalog('1.34');
const parseAll = (): Manifest[] =>
  texts.flatMap((t, f) => parseManifests(t, { file: `apps-${f}.yaml`, via: 'files', linesAreInFile: true }));
const parsed = parseAll();
const phase = { parse: [] as number[], validate: [] as number[], ports: [] as number[] };
for (let i = 0; i < rounds; i++) {
  phase.parse.push(await time(parseAll));
  phase.validate.push(await time(() => validateManifests(parsed, catalog)));
  phase.ports.push(await time(() => analysePorts(parsed)));
}
console.log('phases (ms per object)');
for (const [k, v] of Object.entries(phase))
  console.log(`  ${k.padEnd(9)}: ${(median(v) / objects).toFixed(3)}`);

// Serialization: the dialect's quoting check against a plain stringify (the previous serializer).
const objectsToWrite = parsed.map((m) => m.object);
const dialect: number[] = [];
const plain: number[] = [];
const plainOptions = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, indentSeq: true };
for (let i = 0; i < rounds; i++) {
  dialect.push(
    await time(() => {
      for (const o of objectsToWrite) toYaml(o);
    }),
  );
  plain.push(
    await time(() => {
      for (const o of objectsToWrite) stringify(o, plainOptions);
    }),
  );
}
console.log(
  `serialize: one-dialect toYaml ${(median(dialect) / objects).toFixed(3)} ms/object vs plain stringify ${(median(plain) / objects).toFixed(3)} ms/object (${(median(dialect) / median(plain)).toFixed(2)}×)`,
);

// Start-up of the bundle, as the runner starts it, stopping at a bad input.
const dist = join(repoRoot, 'dist/render-manifests/index.js');
const env = {
  PATH: process.env.PATH,
  INPUT_NAME: 'x',
  INPUT_IMAGE: 'x',
  INPUT_PORT: '0',
  RUNNER_TEMP: ws,
  GITHUB_WORKSPACE: ws,
};
const start: number[] = [];
const empty: number[] = [];
for (let i = 0; i < Math.min(rounds, 10); i++) {
  start.push(await time(() => spawnSync(node24, [dist], { env })));
  empty.push(await time(() => spawnSync(node24, ['-e', ''])));
}
console.log(
  `start-up to a bad-input failure: ${median(start).toFixed(0)} ms vs node -e '' ${median(empty).toFixed(0)} ms (${(median(start) / median(empty)).toFixed(2)}×)`,
);
