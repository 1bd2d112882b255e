/*
 * A GitHub deployment for a rollout: created for the ref/sha in an environment, `in_progress` while the
 * rollout runs, then `success` (with the environment URL and the run's log URL) or `failure` with the cause
 * — a rollback says so in the status. Older deployments of the environment become `inactive` on success.
 * A missing `deployments: write` permission is a warning unless the caller requires the deployment.
 */
import {
  type ClientOptions,
  describeGitHubError,
  type GitHubClient,
  githubClient,
  splitRepository,
} from './client.js';

/** GitHub's limit for a deployment status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface DeploymentRequest extends ClientOptions {
  ref: string;
  environment: string;
  description?: string;
  /** Stored with the deployment (image digest, version, …). */
  payload: Record<string, unknown>;
  /** The workflow run's URL. */
  logUrl?: string;
  /** Fail (throw) when GitHub refuses, instead of warning and going on without a deployment. */
  required: boolean;
}

export type FinalState = 'success' | 'failure' | 'error';

export class DeploymentError extends Error {
  constructor(
    message: string,
    readonly permission?: string,
  ) {
    super(message);
    this.name = 'DeploymentError';
  }
}

export function statusDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= STATUS_DESCRIPTION_LIMIT ? flat : `${flat.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}

export class GitHubDeployment {
  private constructor(
    private readonly client: GitHubClient,
    private readonly req: DeploymentRequest,
    readonly id: number,
    readonly url: string,
  ) {}

  /** Creates the deployment and posts `in_progress`; undefined when GitHub refused and it is not required. */
  static async start(req: DeploymentRequest): Promise<GitHubDeployment | undefined> {
    const client = githubClient(req);
    const { owner, repo } = splitRepository(req.repository);
    try {
      const created = await client.rest.repos.createDeployment({
        owner,
        repo,
        ref: req.ref,
        environment: req.environment,
        description: req.description ? statusDescription(req.description) : undefined,
        payload: req.payload as Record<string, never>,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
      });
      if (created.status !== 201 || !('id' in created.data))
        throw new DeploymentError(
          `creating the deployment: GitHub answered ${created.status}: ${JSON.stringify(created.data)}`,
        );
      const d = new GitHubDeployment(client, req, created.data.id, created.data.url);
      await d.post('in_progress', 'rollout started');
      req.log.info(`GitHub deployment ${d.id} (${req.environment}) in progress`);
      return d;
    } catch (err) {
      return GitHubDeployment.refused(req, err, `creating a GitHub deployment for ${req.environment}`);
    }
  }

  private static refused(req: DeploymentRequest, err: unknown, what: string): undefined {
    if (err instanceof DeploymentError) {
      if (req.required) throw err;
      req.log.warning(err.message);
      return undefined;
    }
    const { message, permission } = describeGitHubError(err, what);
    if (req.required) throw new DeploymentError(message, permission);
    req.log.warning(`${message} (the deploy goes on; set github-required: true to make this fatal)`);
    return undefined;
  }

  private async post(
    state: 'in_progress' | 'inactive' | FinalState,
    description: string,
    environmentUrl?: string,
  ) {
    const { owner, repo } = splitRepository(this.req.repository);
    await this.client.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: this.id,
      state,
      description: statusDescription(description),
      log_url: this.req.logUrl,
      environment: this.req.environment,
      environment_url: environmentUrl,
      auto_inactive: state === 'success',
    });
  }

  /** The final status; on success the environment's older active deployments become inactive. */
  async finish(state: FinalState, description: string, environmentUrl?: string): Promise<void> {
    try {
      await this.post(state, description, environmentUrl);
      this.req.log.info(`GitHub deployment ${this.id}: ${state} — ${statusDescription(description)}`);
      if (state === 'success') await this.deactivateSuperseded();
    } catch (err) {
      GitHubDeployment.refused(this.req, err, `reporting ${state} on GitHub deployment ${this.id}`);
    }
  }

  private async deactivateSuperseded(): Promise<void> {
    const { owner, repo } = splitRepository(this.req.repository);
    const older = await this.client.rest.repos.listDeployments({
      owner,
      repo,
      environment: this.req.environment,
      per_page: 30,
    });
    for (const d of older.data) {
      if (d.id === this.id) continue;
      const statuses = await this.client.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: d.id,
        per_page: 1,
      });
      if (statuses.data[0]?.state !== 'success') continue;
      await this.client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d.id,
        state: 'inactive',
        description: statusDescription(`superseded by deployment ${this.id}`),
      });
    }
  }
}
