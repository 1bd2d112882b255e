export const id = 4719;
export const ids = [4719];
export const modules = {

/***/ 54719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BODY_LIMIT: () => (/* reexport */ COMMENT_BODY_LIMIT),
  commentMarker: () => (/* reexport */ commentMarker),
  pullRequestOf: () => (/* reexport */ pullRequestOf),
  upsertComment: () => (/* reexport */ upsertComment)
});

// UNUSED EXPORTS: DeploymentError, GitHubDeployment, STATUS_DESCRIPTION_LIMIT, acceptedPermissions, describeGitHubError, githubClient, splitRepository, statusDescription

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
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

;// CONCATENATED MODULE: ./packages/github/src/comments.ts
/*
 * One pull-request comment per marker, kept up to date: the comments of the PR are listed (every page), the
 * one whose body holds the hidden marker is edited in place, else a new one is created — so every push
 * updates the same comment instead of adding another. A refusal (a missing `pull-requests: write`) is a
 * warning for the caller to print, never a thrown error: a preview must not fail the build.
 */

/** GitHub's limit for an issue or pull-request comment body, in characters. */
const COMMENT_BODY_LIMIT = 65_536;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request of a `pull_request`/`pull_request_target` event payload (the JSON file GITHUB_EVENT_PATH
 * names); undefined for any other event, or a payload without one.
 */
function pullRequestOf(eventName, payload) {
    if (!eventName || !PR_EVENTS.has(eventName))
        return undefined;
    const pr = payload?.pull_request;
    const base = pr?.base;
    const head = pr?.head;
    if (typeof pr?.number !== 'number' || typeof base?.ref !== 'string' || typeof base.sha !== 'string')
        return undefined;
    return {
        number: pr.number,
        baseRef: base.ref,
        baseSha: base.sha,
        headSha: typeof head?.sha === 'string' ? head.sha : undefined,
    };
}
/** A hidden HTML comment that finds the comment again; `-->` cannot appear in the id. */
function commentMarker(kind, id) {
    return `<!-- goship:${kind}:${id.replace(/-->|[\r\n]/g, '_')} -->`;
}
async function upsertComment(req) {
    if (!req.body.includes(req.marker))
        throw new Error('the comment body must contain its marker');
    if (req.body.length > COMMENT_BODY_LIMIT)
        throw new Error(`the comment body has ${req.body.length} characters, over GitHub's ${COMMENT_BODY_LIMIT}`);
    const client = githubClient(req);
    const { owner, repo } = splitRepository(req.repository);
    const where = `pull request #${req.issueNumber}`;
    let step = `listing the comments of ${where}`;
    try {
        let found;
        // Page by page, stopping at the first match (a busy PR has hundreds of comments).
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
            owner,
            repo,
            issue_number: req.issueNumber,
            per_page: 100,
        })) {
            found = page.data.find((c) => c.body?.includes(req.marker));
            if (found)
                break;
        }
        if (found) {
            step = `updating comment ${found.id} on ${where}`;
            const res = await client.rest.issues.updateComment({
                owner,
                repo,
                comment_id: found.id,
                body: req.body,
            });
            return { action: 'updated', id: res.data.id, url: res.data.html_url };
        }
        step = `commenting on ${where}`;
        const res = await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: req.issueNumber,
            body: req.body,
        });
        return { action: 'created', id: res.data.id, url: res.data.html_url };
    }
    catch (err) {
        const { message, permission } = describeGitHubError(err, step);
        return { action: 'refused', warning: message, permission };
    }
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts





/***/ })

};
