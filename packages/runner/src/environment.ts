/*
 * The environment a step starts from. A runner's step does not see the environment of whoever started the
 * runner, and `goship run` keeps it that way: a step starts from an allow-list of the caller's variables
 * (BASE_ENVIRONMENT, plus the names given with `--env NAME`), then the runner's own variables on top. The
 * default GITHUB_* variables (and the RUNNER_* ones goship sets) cannot be overridden by the workflow's,
 * a job's or a step's `env:`, nor by GITHUB_ENV: as on GitHub, such a value is ignored (with a warning).
 */

/** The caller's variables every step sees (when set). `LC_*` means every locale category. */
export const BASE_ENVIRONMENT = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'TZ',
  'TMPDIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  // The machine's trusted certificates (a registry or proxy with a private CA).
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  // goship's own settings: its cache folder, and setup-go's download mirror (scripts/example.sh sets it).
  'GOSHIP_CACHE',
  'GO_DOWNLOAD_BASE_URL',
] as const;

const inBase = (name: string) =>
  (BASE_ENVIRONMENT as readonly string[]).includes(name) || /^LC_[A-Z_]+$/.test(name);

/** The default variables (docs: "Variables reference"), which `env:` and GITHUB_ENV cannot override. */
const RUNNER_VARIABLES = new Set([
  ...[
    'ACTION',
    'ACTION_PATH',
    'ACTION_REPOSITORY',
    'ACTIONS',
    'ACTOR',
    'ACTOR_ID',
    'API_URL',
    'BASE_REF',
    'ENV',
    'EVENT_NAME',
    'EVENT_PATH',
    'GRAPHQL_URL',
    'HEAD_REF',
    'JOB',
    'OUTPUT',
    'PATH',
    'REF',
    'REF_NAME',
    'REF_PROTECTED',
    'REF_TYPE',
    'REPOSITORY',
    'REPOSITORY_ID',
    'REPOSITORY_OWNER',
    'REPOSITORY_OWNER_ID',
    'RETENTION_DAYS',
    'RUN_ATTEMPT',
    'RUN_ID',
    'RUN_NUMBER',
    'SERVER_URL',
    'SHA',
    'STATE',
    'STEP_SUMMARY',
    'TRIGGERING_ACTOR',
    'WORKFLOW',
    'WORKFLOW_REF',
    'WORKFLOW_SHA',
    'WORKSPACE',
  ].map((n) => `GITHUB_${n}`),
  ...['ARCH', 'ENVIRONMENT', 'NAME', 'OS', 'TEMP', 'TOOL_CACHE'].map((n) => `RUNNER_${n}`),
]);

/** Whether the runner sets `name` itself (GITHUB_TOKEN, CI and any other name stay the workflow's). */
export const isRunnerVariable = (name: string) => RUNNER_VARIABLES.has(name);

/** The caller's variables a step starts from: the allow-list and `extra` (the `--env` names). */
export function baseEnvironment(source: NodeJS.ProcessEnv, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(source))
    if (value !== undefined && (inBase(name) || extra.includes(name)) && !isRunnerVariable(name))
      out[name] = value;
  return out;
}

/** `env` without the runner's variables, and the names that were dropped (to warn about). */
export function withoutRunnerVariables(env: Record<string, string>): {
  env: Record<string, string>;
  ignored: string[];
} {
  const ignored = Object.keys(env).filter(isRunnerVariable);
  const kept = Object.fromEntries(Object.entries(env).filter(([k]) => !isRunnerVariable(k)));
  return { env: kept, ignored };
}
