import {
  analysePorts,
  findWaitTargets,
  type Manifest,
  parseManifests,
} from '../../../packages/manifests/src/index.js';
import { loadFixtures } from './helpers.js';

const parse = (text: string, file = 'm.yaml') =>
  parseManifests(text, { file, via: 'files', linesAreInFile: true });
const errorsOf = (ms: Manifest[], opts = {}) =>
  analysePorts(ms, opts).errors.map((e) => [
    e.message.replace(/ \[this side: .*\]$/, ''),
    `${e.location?.file}:${e.location?.line}`,
  ]);

function app(opts: { port?: number; env?: string; probe?: string | number; name?: string } = {}): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector:
    matchLabels: {app: app}
  template:
    metadata:
      labels: {app: app}
    spec:
      containers:
        - name: app
          image: app:1
          ports:
            - name: ${opts.name ?? 'http'}
              containerPort: ${opts.port ?? 8080}
${opts.env ? `          env:\n            - name: PORT\n              value: "${opts.env}"\n` : ''}${opts.probe !== undefined ? `          readinessProbe:\n            httpGet:\n              port: ${opts.probe}\n` : ''}`;
}

const service = (targetPort: string | number, extra = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: app\nspec:\n  selector: {app: app}\n  ports:\n    - port: 80\n      targetPort: ${targetPort}\n${extra}`;

describe('port integrity: the seed examples', () => {
  test('§3.1 Service 80 → 8080 / nodePort 30001 with the pods it selects agrees', () => {
    const { report, errors } = analysePorts(
      loadFixtures('seed/service-nodeport.yaml', 'seed/nginx-deployment.yaml'),
    );
    expect(errors).toEqual([]);
    expect(report.port).toBe(8080);
    expect(report.uses.map((u) => [u.role, u.value, u.port, u.status, u.line])).toEqual([
      ['containerPort', 8080, 8080, 'ok', 19],
      ['service.port', 80, 80, 'ok', 11],
      ['service.nodePort', 30001, 30001, 'ok', 13],
      ['service.targetPort', 8080, 8080, 'ok', 12],
    ]);
  });

  test('§3.1 Service alone: its selector app=nginx selects nothing', () => {
    expect(errorsOf(loadFixtures('seed/service-nodeport.yaml'))).toEqual([
      [
        'Service web-service selects no pods: its selector {"app":"nginx"} matches no pod template in the rendered set',
        'seed/service-nodeport.yaml:7',
      ],
    ]);
  });

  test('§3.2 ConfigMap SERVER_PORT → env PORT via configMapKeyRef resolves to the containerPort', () => {
    const { report, errors } = analysePorts(loadFixtures('seed/configmap-port.yaml'));
    expect(errors).toEqual([]);
    const env = report.uses.find((u) => u.role === 'env')!;
    expect(env).toMatchObject({
      value: 'PORT=8080',
      port: 8080,
      status: 'ok',
      file: 'seed/configmap-port.yaml',
      line: 6,
    });
    expect(env.note).toBe('ConfigMap app-config key SERVER_PORT; = containerPort');
  });

  test('§3.2 with the ConfigMap saying 9090: annotated at the ConfigMap key, the env entry and the containerPort', () => {
    const [cm, pod] = loadFixtures('seed/configmap-port.yaml');
    (cm!.object.data as Record<string, string>).SERVER_PORT = '9090';
    const { errors } = analysePorts([cm!, pod!]);
    expect(errors.map((e) => `${e.location?.file}:${e.location?.line}`)).toEqual([
      'seed/configmap-port.yaml:6',
      'seed/configmap-port.yaml:17',
      'seed/configmap-port.yaml:23',
    ]);
    expect(errors[0]!.message).toMatch(
      /^Pod\/app-pod container app-container: PORT=9090 but its containerPort is 8080 \[this side: ConfigMap\/app-config data.SERVER_PORT at seed\/configmap-port.yaml:6\]$/,
    );
  });

  test('§3.3 busybox nc wait on service-a:8080 agrees with Service service-a, fails against a Service on 80', () => {
    const ok = analysePorts(loadFixtures('seed/init-container-wait.yaml', 'seed/service-a.yaml'));
    expect(ok.errors).toEqual([]);
    expect(ok.report.uses.find((u) => u.role === 'wait-for')).toMatchObject({
      value: 'service-a:8080',
      status: 'ok',
      line: 15,
    });
    const set = loadFixtures('seed/init-container-wait.yaml', 'seed/service-a.yaml');
    const svc = set.find((m) => m.object.kind === 'Service')!;
    (svc.object.spec as { ports: { port: number }[] }).ports[0]!.port = 80;
    expect(errorsOf(set)).toEqual([
      [
        'Pod/app-with-dependency init container wait-for-port waits for service-a:8080 but Service service-a listens on 80',
        'seed/init-container-wait.yaml:15',
      ],
      [
        'Pod/app-with-dependency init container wait-for-port waits for service-a:8080 but Service service-a listens on 80',
        'seed/service-a.yaml:9',
      ],
    ]);
  });
});

describe('port integrity: disagreements', () => {
  test('numeric targetPort that no container declares: both sides annotated', () => {
    expect(errorsOf([...parse(app(), 'app.yaml'), ...parse(service(8081), 'svc.yaml')])).toEqual([
      [
        'Service app targetPort 8081 matches no containerPort of Deployment/app (it declares 8080)',
        'svc.yaml:9',
      ],
      [
        'Service app targetPort 8081 matches no containerPort of Deployment/app (it declares 8080)',
        'app.yaml:17',
      ],
    ]);
  });

  test('named targetPort that no container declares', () => {
    expect(
      errorsOf([...parse(app({ name: 'web' }), 'app.yaml'), ...parse(service('http'), 'svc.yaml')])[0],
    ).toEqual([
      "Service app targetPort 'http' names no port of Deployment/app (it declares web=8080)",
      'svc.yaml:9',
    ]);
  });

  test('PORT env literal, probes by number and by name', () => {
    expect(errorsOf(parse(app({ env: '9090' })))[0]![0]).toBe(
      'Deployment/app container app: PORT=9090 but its containerPort http is 8080',
    );
    expect(errorsOf(parse(app({ env: '80a' })))[0]![0]).toBe(
      'Deployment/app container app: PORT="80a" (literal) is not a port number',
    );
    expect(errorsOf(parse(app({ probe: 9000 })))[0]![0]).toBe(
      'Deployment/app container app: readinessProbe checks port 9000 but the container declares 8080',
    );
    expect(errorsOf(parse(app({ probe: 'health' })))[0]![0]).toBe(
      "Deployment/app container app: readinessProbe port 'health' names no port of this container (it declares http)",
    );
    expect(errorsOf(parse(app({ probe: 'http', env: '8080' })))).toEqual([]);
  });

  test('port 0, 70000 and nodePort outside 30000-32767 or on a ClusterIP Service', () => {
    expect(errorsOf(parse(app({ port: 0 })))[0]![0]).toBe(
      'Deployment/app container app: containerPort 0 is not a valid port',
    );
    expect(errorsOf(parse(app({ port: 70000 })))[0]![0]).toBe(
      'Deployment/app container app: containerPort 70000 is not a valid port',
    );
    const np = (type: string, nodePort: number) => [
      ...parse(app()),
      ...parse(service('http', `      nodePort: ${nodePort}\n  type: ${type}\n`)),
    ];
    expect(errorsOf(np('NodePort', 8080))[0]![0]).toBe(
      'Service app: nodePort 8080 is outside the node port range 30000-32767',
    );
    expect(errorsOf(np('ClusterIP', 30080))[0]![0]).toBe('Service app is ClusterIP but sets nodePort 30080');
    expect(errorsOf(np('NodePort', 30080))).toEqual([]);
  });

  test('configMapKeyRef to a key the ConfigMap lacks fails; to a ConfigMap outside the set is reported unchecked', () => {
    const [cm, pod] = loadFixtures('seed/configmap-port.yaml');
    cm!.object.data = { OTHER: '1' };
    expect(errorsOf([cm!, pod!])[0]![0]).toMatch(
      /PORT comes from ConfigMap app-config key 'SERVER_PORT', which the ConfigMap does not have \(keys: OTHER\)/,
    );
    const { report, errors } = analysePorts([pod!]);
    expect(errors).toEqual([]);
    expect(report.uses.find((u) => u.role === 'env')).toMatchObject({
      status: 'unchecked',
      note: 'ConfigMap not in the rendered set',
    });
  });

  test('expected-port: the binary built with 9090 and a container on 8080 disagree', () => {
    const [m] = parse(app(), 'app.yaml');
    const isBuilt = () => true;
    expect(errorsOf([m!], { expectedPort: 8080, isBuiltContainer: isBuilt })).toEqual([]);
    expect(errorsOf([m!], { expectedPort: 9090, isBuiltContainer: isBuilt })).toEqual([
      [
        'Deployment/app container app: containerPort http is 8080 but the binary was built with port 9090 (expected-port)',
        'app.yaml:17',
      ],
      [
        'Deployment/app container app: containerPort http is 8080 but the binary was built with port 9090 (expected-port)',
        'app.yaml:14',
      ],
    ]);
  });

  test('*_PORT named after a port or a rendered Service is checked against it', () => {
    const text = app().replace(
      '          ports:',
      '          env:\n            - {name: HTTP_PORT, value: "8080"}\n            - {name: SERVICE_A_PORT, value: "9999"}\n            - {name: DB_PORT, value: "5432"}\n          ports:',
    );
    const set = [...parse(text, 'app.yaml'), ...loadFixtures('seed/service-a.yaml')];
    expect(errorsOf(set).map((e) => e[0])).toEqual([
      'Deployment/app container app: SERVICE_A_PORT=9999 but Service service-a listens on 8080',
      'Deployment/app container app: SERVICE_A_PORT=9999 but Service service-a listens on 8080',
    ]);
    const db = analysePorts(set).report.uses.find((u) => u.value === 'DB_PORT=5432');
    expect(db).toMatchObject({
      status: 'unchecked',
      note: 'literal; names no declared port or rendered Service',
    });
  });
});

describe('findWaitTargets', () => {
  test('reads nc loops, host:port arguments and URLs, not shell variables', () => {
    expect(
      findWaitTargets({ command: ['sh', '-c', 'until nc -z -w 2 db.prod.svc 5432; do sleep 1; done'] }),
    ).toEqual([{ host: 'db.prod.svc', port: 5432, path: ['command', 2] }]);
    expect(
      findWaitTargets({ command: ['nc', '-zv', 'redis', '6379'] }).map((t) => `${t.host}:${t.port}`),
    ).toEqual(['redis:6379']);
    expect(
      findWaitTargets({ args: ['wait-for-it', 'api:8080', '--', 'curl', 'http://auth:9000/healthz'] }).map(
        (t) => `${t.host}:${t.port}`,
      ),
    ).toEqual(['auth:9000', 'api:8080']);
    expect(
      findWaitTargets({ args: ['until nc -z "$HOST" "$PORT"; do sleep 1; done; echo $HOST:$PORT 10:30'] }),
    ).toEqual([]);
  });
});
