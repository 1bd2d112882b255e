import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { load } from 'js-yaml';
import { selfSignedCert } from '../../harness/tls.js';

/*
 * A loopback API server that serves back a scenario recorded from the real control plane
 * (fixtures/record.ts, scenario verify-rollback): in each recorded state of the namespace, the lists the
 * rollout reads and watches, and the real server's answers to the dry-run and the applies it sends in that
 * state. It routes and decides nothing: every object `rollout` reads is one the API server returned. A
 * (non-dry-run) apply of the Deployment moves it to the next recorded state, as the real one moved on once
 * the controllers had done their part. Every request is kept for the test to read (what was sent, in order).
 * HTTPS with its own certificate, named by the kubeconfig it hands out (no `insecure` needed).
 */

let certificate: { cert: string; key: string } | undefined;

// biome-ignore lint/suspicious/noExplicitAny: raw API objects
type Obj = any;
type Kind = 'configMap' | 'deployment';
export type StateName = 'none' | 'v1' | 'v2' | 'rolledBack';
type Lists = Record<'deployments' | 'replicasets' | 'pods' | 'events' | 'configmaps', Obj>;

export interface Scenario {
  server: string;
  namespace: string;
  discovery: Record<string, Obj>;
  namespaceObject: Obj;
  manifests: { v1: string; v2: string };
  states: Record<StateName, Lists>;
  /** The server's answers to what the rollout sends in a state (in 'v2': the rollback). */
  answers: Partial<Record<StateName, { dryRun?: Record<Kind, Obj>; apply: Record<Kind, Obj> }>>;
  /** What a rollback sends: the ConfigMap's previous content, the previous pod template. */
  rollbackBodies: Record<Kind, Obj>;
}

const NEXT: Partial<Record<StateName, StateName>> = { none: 'v1', v1: 'v2', v2: 'rolledBack' };
const RESOURCES: Record<string, { list: keyof Lists; kind?: Kind }> = {
  deployments: { list: 'deployments', kind: 'deployment' },
  replicasets: { list: 'replicasets' },
  pods: { list: 'pods' },
  events: { list: 'events' },
  configmaps: { list: 'configmaps', kind: 'configMap' },
};

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The body as sent (apply bodies are YAML or JSON; both parse as YAML). */
  body?: Obj;
  /** The recorded state it was answered from. */
  state: StateName;
}

export class ReplayApiServer {
  readonly requests: SeenRequest[] = [];
  private readonly server: Server;
  private readonly watches = new Set<ServerResponse>();
  url = '';

  constructor(
    readonly scenario: Scenario,
    public state: StateName,
  ) {
    certificate ??= selfSignedCert('replay-api-server', 'IP:127.0.0.1');
    this.server = createServer(certificate, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const w of this.watches) w.end();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** A kubeconfig for it: its server and CA; the user's credentials as given (a token by default). */
  kubeconfig(context = 'replay', user = '{token: replay-token-not-a-secret}'): string {
    const ca = Buffer.from(certificate!.cert).toString('base64');
    return `apiVersion: v1
kind: Config
current-context: ${context}
clusters: [{name: ${context}, cluster: {server: '${this.url}', certificate-authority-data: ${ca}}}]
contexts: [{name: ${context}, context: {cluster: ${context}, user: admin}}]
users: [{name: admin, user: ${user}}]
`;
  }

  /** The applies (not dry-run) the rollout sent, as `resource/name`, in order. */
  applies(): SeenRequest[] {
    return this.requests.filter((r) => r.method === 'PATCH' && !r.query.get('dryRun'));
  }

  private handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', 'http://replay');
    const method = req.method ?? 'GET';
    const seen: SeenRequest = { method, path: url.pathname, query: url.searchParams, state: this.state };
    if (text) seen.body = load(text);
    this.requests.push(seen);
    const answer = this.answer(method, url, res);
    if (answer)
      res.writeHead(answer[0], { 'Content-Type': 'application/json' }).end(JSON.stringify(answer[1]));
  }

  /** The status and body to send; undefined when a watch holds the response. */
  private answer(method: string, url: URL, res: ServerResponse): [number, unknown] | undefined {
    const status = (code: number, reason: string, message: string): [number, unknown] => [
      code,
      { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code },
    ];
    const s = this.scenario;
    const path = url.pathname;

    if (method === 'GET' && path === '/version')
      return [200, { major: '1', minor: s.server.split('.')[1], gitVersion: s.server }];
    // Not recorded: answered as a server that does not serve it (connect.ts then names no user).
    if (path === '/apis/authentication.k8s.io/v1/selfsubjectreviews')
      return status(404, 'NotFound', 'the server could not find the requested resource');
    if (method === 'GET' && s.discovery[path]) return [200, s.discovery[path]];
    if (method === 'GET' && path === `/api/v1/namespaces/${s.namespace}`) return [200, s.namespaceObject];

    const m = /^\/(?:api\/v1|apis\/apps\/v1)\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    const resource = m && m[1] === s.namespace ? RESOURCES[m[2]!] : undefined;
    if (!m || !resource) return status(404, 'NotFound', `not in the recording: ${method} ${path}`);
    const name = m[3];
    const current = s.states[this.state][resource.list];
    const live = name ? current.items.find((o: Obj) => o.metadata.name === name) : undefined;

    if (method === 'GET' && !name) {
      if (!url.searchParams.get('watch')) return [200, current];
      this.watch(url, res, current);
      return undefined;
    }
    // A single object carries its kind and apiVersion (list items do not), as the real server sends it.
    if (method === 'GET')
      return live
        ? [200, { apiVersion: current.apiVersion, kind: current.kind.replace(/List$/, ''), ...live }]
        : status(404, 'NotFound', `${m[2]} "${name}" not found`);
    if (method === 'PATCH' && resource.kind) {
      const answers = s.answers[this.state];
      if (url.searchParams.get('dryRun') === 'All') {
        const dryRun = answers?.dryRun?.[resource.kind];
        return dryRun ? [live ? 200 : 201, dryRun] : status(500, 'InternalError', 'no dry-run recorded here');
      }
      const applied = answers?.apply[resource.kind];
      if (!applied) return status(500, 'InternalError', `no apply recorded in state ${this.state}`);
      if (resource.kind === 'deployment') this.moveTo(NEXT[this.state]!);
      return [live ? 200 : 201, applied];
    }
    return status(405, 'MethodNotAllowed', `not in the recording: ${method} ${path}`);
  }

  /**
   * A watch from the list's resourceVersion stays open and quiet (nothing changes within a recorded state);
   * from another version it gets 410 Gone, and the client lists again, as from a real server whose watch
   * window no longer holds that version.
   */
  private watch(url: URL, res: ServerResponse, current: Obj): void {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    if (url.searchParams.get('resourceVersion') !== current.metadata.resourceVersion) {
      res.end(
        `${JSON.stringify({
          type: 'ERROR',
          object: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410 },
        })}\n`,
      );
      return;
    }
    res.flushHeaders();
    this.watches.add(res);
    res.on('close', () => this.watches.delete(res));
  }

  /** The next recorded state: open watches are closed (they resume, get 410 and list the new state). */
  private moveTo(next: StateName): void {
    this.state = next;
    for (const w of this.watches) w.end();
    this.watches.clear();
  }
}
