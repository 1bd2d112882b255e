export const id = 156;
export const ids = [156];
export const modules = {

/***/ 5156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubDeployment: () => (/* reexport */ GitHubDeployment)
});

// UNUSED EXPORTS: COMMENT_BODY_LIMIT, DeploymentError, STATUS_DESCRIPTION_LIMIT, acceptedPermissions, commentMarker, describeGitHubError, githubClient, pullRequestOf, splitRepository, statusDescription, upsertComment

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/github/src/client.ts
/*
 * The GitHub REST client every goship stage uses: @actions/github's Octokit with the retry plugin (5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, GitHub's spacing of
 * writes), against `apiUrl` (GITHUB_API_URL on a runner, so GitHub Enterprise Server works).
 */



// The throttling plugin's own limiter (its light build, already in every bundle through the plugin).

function githubClient(opts) {
    const retries = opts.retries ?? 3;
    const limited = (kind) => (retryAfter, options, _o, retryCount) => {
        const again = retryCount < retries;
        opts.log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}${again ? `; retrying in ${retryAfter} s` : '; giving up'}`);
        return again;
    };
    return (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: opts.apiUrl.replace(/\/+$/, ''),
        userAgent: 'goship',
        // A 4xx is an answer, not a hiccup: only 5xx and network errors are retried (rate limits are the
        // throttling plugin's).
        retry: {
            retries,
            retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 451],
        },
        throttle: {
            onRateLimit: limited('primary'),
            onSecondaryRateLimit: limited('secondary'),
            retryAfterBaseValue: opts.retryAfterBaseMs ?? 1000,
            // The plugin's own write groups are shared by every client in the process; a client with its own
            // spacing gets groups of its own.
            ...(opts.writeSpacingMs === undefined
                ? {}
                : {
                    write: spacing('write', opts.writeSpacingMs),
                    notifications: spacing('notifications', opts.writeSpacingMs),
                }),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
function spacing(kind, minTime) {
    return new (light_default()).Group({ id: `goship-${kind}`, maxConcurrent: 1, minTime });
}
function splitRepository(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m)
        throw new Error(`'${repository}' is not an owner/name repository`);
    return { owner: m[1], repo: m[2] };
}
/**
 * The `permissions:` entries of an X-Accepted-GitHub-Permissions header: each `;`-separated set is one way
 * to be allowed (`issues=write; pull_requests=write` → either), each `,` inside a set one more permission
 * the set needs. Names become the workflow's keys (`pull_requests` → `pull-requests`).
 */
function acceptedPermissions(header) {
    return header
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
        const [scope, level] = p.split('=');
        return `${scope.trim().replace(/_/g, '-')}: ${level?.trim() ?? 'write'}`;
    })
        .join(', '))
        .filter(Boolean);
}
/**
 * A GitHub API failure in words a workflow author can act on: a 403 names the permission GitHub asked for
 * (its X-Accepted-GitHub-Permissions header) and the `permissions:` line that grants it.
 */
function describeGitHubError(err, what) {
    const e = err;
    const status = e.status;
    const headers = e.response?.headers ?? {};
    const accepted = headers['x-accepted-github-permissions'];
    if (status === 403 && accepted) {
        const wanted = accepted.split(/[,;]/)[0].trim();
        const grants = acceptedPermissions(accepted).map((g) => `\`permissions: { ${g} }\``);
        const lacks = grants.length > 1 ? 'any of the permissions GitHub accepts' : `the '${wanted}' permission`;
        const add = grants.length > 1 ? `${grants.slice(0, -1).join(', ')} or ${grants.at(-1)}` : grants[0];
        return {
            message: `${what}: GitHub refused (403): the token lacks ${lacks} (X-Accepted-GitHub-Permissions: ${accepted}); add ${add} to the job`,
            permission: wanted,
        };
    }
    const body = e.response?.data;
    const detail = [body?.message, ...(body?.errors ?? []).map((x) => x.message ?? x.code)]
        .filter(Boolean)
        .join('; ');
    return {
        message: `${what}: GitHub answered ${status ?? 'no response'}${detail ? `: ${detail}` : e.message ? `: ${e.message}` : ''}`,
    };
}

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts
/*
 * A GitHub deployment for a rollout: created for the ref/sha in an environment, `in_progress` while the
 * rollout runs, then `success` (with the environment URL and the run's log URL) or `failure` with the cause
 * — a rollback says so in the status. Older deployments of the environment become `inactive` on success.
 * A missing `deployments: write` permission is a warning unless the caller requires the deployment.
 */

/** GitHub's limit for a deployment status description. */
const STATUS_DESCRIPTION_LIMIT = 140;
class DeploymentError extends Error {
    permission;
    constructor(message, permission) {
        super(message);
        this.permission = permission;
        this.name = 'DeploymentError';
    }
}
function statusDescription(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= STATUS_DESCRIPTION_LIMIT ? flat : `${flat.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}
class GitHubDeployment {
    client;
    req;
    id;
    url;
    constructor(client, req, id, url) {
        this.client = client;
        this.req = req;
        this.id = id;
        this.url = url;
    }
    /** Creates the deployment and posts `in_progress`; undefined when GitHub refused and it is not required. */
    static async start(req) {
        const client = githubClient(req);
        const { owner, repo } = splitRepository(req.repository);
        try {
            const created = await client.rest.repos.createDeployment({
                owner,
                repo,
                ref: req.ref,
                environment: req.environment,
                description: req.description ? statusDescription(req.description) : undefined,
                payload: req.payload,
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
            });
            if (created.status !== 201 || !('id' in created.data))
                throw new DeploymentError(`creating the deployment: GitHub answered ${created.status}: ${JSON.stringify(created.data)}`);
            const d = new GitHubDeployment(client, req, created.data.id, created.data.url);
            await d.post('in_progress', 'rollout started');
            req.log.info(`GitHub deployment ${d.id} (${req.environment}) in progress`);
            return d;
        }
        catch (err) {
            return GitHubDeployment.refused(req, err, `creating a GitHub deployment for ${req.environment}`);
        }
    }
    static refused(req, err, what) {
        if (err instanceof DeploymentError) {
            if (req.required)
                throw err;
            req.log.warning(err.message);
            return undefined;
        }
        const { message, permission } = describeGitHubError(err, what);
        if (req.required)
            throw new DeploymentError(message, permission);
        req.log.warning(`${message} (the deploy goes on; set github-required: true to make this fatal)`);
        return undefined;
    }
    async post(state, description, environmentUrl) {
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
    async finish(state, description, environmentUrl) {
        try {
            await this.post(state, description, environmentUrl);
            this.req.log.info(`GitHub deployment ${this.id}: ${state} — ${statusDescription(description)}`);
            if (state === 'success')
                await this.deactivateSuperseded();
        }
        catch (err) {
            GitHubDeployment.refused(this.req, err, `reporting ${state} on GitHub deployment ${this.id}`);
        }
    }
    async deactivateSuperseded() {
        const { owner, repo } = splitRepository(this.req.repository);
        const older = await this.client.rest.repos.listDeployments({
            owner,
            repo,
            environment: this.req.environment,
            per_page: 30,
        });
        for (const d of older.data) {
            if (d.id === this.id)
                continue;
            const statuses = await this.client.rest.repos.listDeploymentStatuses({
                owner,
                repo,
                deployment_id: d.id,
                per_page: 1,
            });
            if (statuses.data[0]?.state !== 'success')
                continue;
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

;// CONCATENATED MODULE: ./packages/github/src/index.ts





/***/ })

};
