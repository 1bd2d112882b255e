/*
 * A loopback GitHub REST API for tests that keeps both sides honest: every request it receives and every
 * response it sends is validated against GitHub's published OpenAPI description (@octokit/openapi,
 * api.github.com). An unknown path or method, a missing required field or a wrong type is recorded in
 * `violations` (tests assert it stays empty). It implements the deployment endpoints and the issue-comment
 * endpoints (list with GitHub's page/per_page and Link header, create, update, the 65536-character body
 * limit answered with 422) goship calls, with an in-memory store, and plays scripted faults (403 with X-Accepted-GitHub-Permissions, 422, secondary
 * rate limits, 5xx) on chosen requests.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  pointer: string;
  spec: Json;
}

let loaded: { ajv: Ajv; operations: Operation[] } | undefined;

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function openapi() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Json>> };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(spec, 'gh');
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(spec.paths)) {
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`,
    );
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern,
        pointer: `gh#/paths/${escapePointer(template)}/${method}`,
        spec: op,
      });
    }
  }
  loaded = { ajv, operations };
  return loaded;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  operation?: string;
}

export interface Fault {
  method: string;
  /** Matches the path (without query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many times to play it (default 1). */
  times?: number;
}

interface Deployment {
  id: number;
  ref: string;
  environment: string;
  payload: unknown;
  description: string | null;
  created_at: string;
  statuses: Json[];
}

export interface IssueComment {
  id: number;
  issue: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/** GitHub's limit for an issue or pull-request comment body. */
const COMMENT_LIMIT = 65_536;

export class GitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: IssueComment[] = [];
  readonly violations: string[] = [];
  readonly deployments: Deployment[] = [];
  private readonly faults: Fault[] = [];
  private server?: Server;
  private nextId = 1000;
  url = '';

  fault(f: Fault): void {
    this.faults.push({ times: 1, ...f });
  }

  async start(): Promise<string> {
    openapi();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private validate(pointer: string, value: unknown, what: string): void {
    const { ajv } = openapi();
    let check: ValidateFunction;
    try {
      check = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
    } catch (err) {
      this.violations.push(`${what}: cannot compile ${pointer}: ${(err as Error).message}`);
      return;
    }
    if (!check(value)) this.violations.push(`${what}: ${ajv.errorsText(check.errors, { dataVar: 'body' })}`);
  }

  private send(
    res: ServerResponse,
    op: Operation | undefined,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    if (op) {
      const response = (op.spec.responses as Json)[String(status)] as Json | undefined;
      const what = `response ${status} to ${op.method} ${op.template}`;
      if (!response) this.violations.push(`${what}: status not in GitHub's description`);
      else if ((response.content as Json | undefined)?.['application/json'])
        this.validate(`${op.pointer}/responses/${status}/content/application~1json/schema`, body, what);
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.violations.push(`${method} ${path}: body is not JSON`);
    }
    const op = openapi().operations.find((o) => o.method === method && o.pattern.test(path));
    this.requests.push({
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      operation: op?.template,
    });
    if (!op) {
      this.violations.push(`${method} ${path}: no such operation in GitHub's REST API`);
      return this.send(res, undefined, 404, { message: 'Not Found' });
    }
    if (!String(req.headers.authorization ?? '').match(/^(token|Bearer) \S+/))
      this.violations.push(`${method} ${path}: no Authorization header`);
    const requestBody = (op.spec.requestBody as Json | undefined)?.content as Json | undefined;
    if (requestBody?.['application/json'])
      this.validate(
        `${op.pointer}/requestBody/content/application~1json/schema`,
        body ?? {},
        `request ${method} ${op.template}`,
      );
    else if (body !== undefined) this.violations.push(`${method} ${op.template}: takes no body`);

    const fault = this.faults.find((f) => f.method === method && f.path.test(path) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return this.send(
        res,
        fault.status >= 500 ? undefined : op,
        fault.status,
        fault.body ?? { message: `fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest' },
        fault.headers,
      );
    }
    this.route(res, op, method, path, url.searchParams, body as Json);
  }

  private deploymentJson(d: Deployment, owner: string, repo: string): Json {
    const api = `${this.url}/repos/${owner}/${repo}/deployments/${d.id}`;
    return {
      url: api,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: 'a'.repeat(40),
      ref: d.ref,
      task: 'deploy',
      payload: d.payload,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: null,
      created_at: d.created_at,
      updated_at: d.created_at,
      statuses_url: `${api}/statuses`,
      repository_url: `${this.url}/repos/${owner}/${repo}`,
      transient_environment: false,
      production_environment: d.environment === 'production',
    };
  }

  private route(
    res: ServerResponse,
    op: Operation,
    method: string,
    path: string,
    query: URLSearchParams,
    body: Json,
  ) {
    if (/^\/repos\/[^/]+\/[^/]+\/issues\//.test(path))
      return this.routeComments(res, op, method, path, query, body);
    const m = /^\/repos\/([^/]+)\/([^/]+)\/deployments(?:\/(\d+)(\/statuses)?)?$/.exec(path);
    if (!m)
      return this.send(res, op, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      });
    const [, owner, repo, id, statuses] = m as unknown as [
      string,
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    const now = new Date().toISOString();
    if (!id && method === 'POST') {
      const d: Deployment = {
        id: this.nextId++,
        ref: String(body.ref),
        environment: String(body.environment ?? 'production'),
        payload: body.payload ?? {},
        description: (body.description as string) ?? null,
        created_at: now,
        statuses: [],
      };
      this.deployments.push(d);
      return this.send(res, op, 201, this.deploymentJson(d, owner, repo));
    }
    if (!id && method === 'GET') {
      const env = query.get('environment');
      const list = this.deployments.filter((d) => !env || d.environment === env).reverse();
      return this.send(
        res,
        op,
        200,
        list.map((d) => this.deploymentJson(d, owner, repo)),
      );
    }
    const d = this.deployments.find((x) => String(x.id) === id);
    if (!d)
      return this.send(res, op, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      });
    if (statuses && method === 'POST') {
      const s: Json = {
        url: `${this.url}/repos/${owner}/${repo}/deployments/${d.id}/statuses/${d.statuses.length + 1}`,
        id: d.statuses.length + 1,
        node_id: `DES_${d.id}_${d.statuses.length + 1}`,
        state: body.state,
        creator: null,
        description: body.description ?? '',
        environment: body.environment ?? d.environment,
        target_url: body.log_url ?? `${this.url}/${owner}/${repo}`,
        created_at: now,
        updated_at: now,
        deployment_url: `${this.url}/repos/${owner}/${repo}/deployments/${d.id}`,
        repository_url: `${this.url}/repos/${owner}/${repo}`,
        ...(body.environment_url ? { environment_url: body.environment_url } : {}),
        ...(body.log_url ? { log_url: body.log_url } : {}),
      };
      d.statuses.unshift(s);
      return this.send(res, op, 201, s);
    }
    if (statuses && method === 'GET')
      return this.send(res, op, 200, d.statuses.slice(0, Number(query.get('per_page') ?? 30)));
    return this.send(res, op, 200, this.deploymentJson(d, owner, repo));
  }

  private user(): Json {
    const api = `${this.url}/users/github-actions%5Bbot%5D`;
    return {
      login: 'github-actions[bot]',
      id: 41898282,
      node_id: 'MDM6Qm90NDE4OTgyODI=',
      avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
      gravatar_id: '',
      url: api,
      html_url: 'https://github.com/apps/github-actions',
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: 'Bot',
      site_admin: false,
    };
  }

  private commentJson(c: IssueComment, owner: string, repo: string): Json {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.user(),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${c.issue}`,
      author_association: 'NONE',
    };
  }

  /** Adds a comment as someone else wrote it (a reviewer), to fill pages. */
  seedComment(issue: number, body: string): IssueComment {
    const now = new Date().toISOString();
    const c = { id: this.nextId++, issue, body, created_at: now, updated_at: now };
    this.comments.push(c);
    return c;
  }

  private routeComments(
    res: ServerResponse,
    op: Operation,
    method: string,
    path: string,
    query: URLSearchParams,
    body: Json,
  ) {
    const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
    const tooLong = (text: unknown) =>
      typeof text === 'string' && text.length > COMMENT_LIMIT
        ? {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
              },
            ],
            documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          }
        : undefined;
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (list) {
      const [, owner, repo, issue] = list as unknown as [string, string, string, string];
      if (method === 'POST') {
        const invalid = tooLong(body.body);
        if (invalid) return this.send(res, op, 422, invalid);
        const c = this.seedComment(Number(issue), String(body.body));
        return this.send(res, op, 201, this.commentJson(c, owner, repo), {
          location: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
        });
      }
      // GET: oldest first, `per_page` (max 100, default 30) and `page`, with GitHub's Link header.
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
      const page = Number(query.get('page') ?? 1);
      const all = this.comments.filter((c) => c.issue === Number(issue));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) =>
        `<${this.url}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [
        ...(page > 1 ? [link(page - 1, 'prev')] : []),
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first')] : []),
      ];
      return this.send(
        res,
        op,
        200,
        all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentJson(c, owner, repo)),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    const c = one && this.comments.find((x) => x.id === Number(one[3]));
    if (!one || !c) return this.send(res, op, 404, notFound);
    const [, owner, repo] = one as unknown as [string, string, string];
    if (method === 'PATCH') {
      const invalid = tooLong(body.body);
      if (invalid) return this.send(res, op, 422, invalid);
      c.body = String(body.body);
      c.updated_at = new Date().toISOString();
    }
    return this.send(res, op, 200, this.commentJson(c, owner, repo));
  }
}
