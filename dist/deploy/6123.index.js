export const id = 6123;
export const ids = [6123];
export const modules = {

/***/ 46123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  goBuildLdflags: () => (/* reexport */ goBuildLdflags),
  saveSetupGoCache: () => (/* reexport */ saveSetupGoCache),
  setupGo: () => (/* reexport */ setupGo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/go/src/inputs/index.ts
/*
 * The inputs of setup-go and go-build-ldflags read into stage options: one reader per stage, used by the
 * action's adapter (inputs from the runner) and by packages/pipeline (inputs of the one-step action).
 * Light on purpose (kit only): an adapter reads and checks every input before it loads the heavy library.
 */

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readGoBuildInput(inputs, ctx) {
    const workdir = inputs.string('working-directory') || '.';
    const mod = inputs.optional('mod');
    const overwritten = inputs.optional('overwritten-x');
    return {
        workingDirectory: (0,external_node_path_.isAbsolute)(workdir) ? workdir : (0,external_node_path_.resolve)(ctx.workspace, workdir),
        workspace: ctx.workspace,
        packages: inputs.list('package'),
        name: inputs.optional('name'),
        output: inputs.string('output') || 'dist/{name}_{os}_{arch}{variant}{ext}',
        targets: inputs.list('targets'),
        x: [...inputs.keyValues('x')],
        version: inputs.optional('version'),
        vars: {
            version: inputs.string('version-var'),
            commit: inputs.string('commit-var'),
            date: inputs.string('date-var'),
            port: inputs.string('port-var'),
        },
        port: inputs.port('port'),
        cgo: inputs.boolean('cgo', false),
        strip: inputs.boolean('strip', true),
        trimpath: inputs.boolean('trimpath', true),
        buildvcs: inputs.boolean('buildvcs', false),
        tags: inputs.list('tags'),
        flagLines: inputs.lines('flags'),
        ldflags: inputs.string('ldflags'),
        env: [...inputs.keyValues('env', { keyPattern: ENV_NAME, keyForm: 'an environment variable name' })],
        modfile: inputs.optional('modfile'),
        mod: mod === undefined ? undefined : inputs.enum('mod', ['readonly', 'vendor', 'mod']),
        parallel: inputs.integer('parallel', { min: 1, max: 64 }),
        tagPrefix: inputs.string('tag-prefix') || 'v',
        overwrittenX: overwritten === undefined
            ? undefined
            : inputs.enum('overwritten-x', ['error', 'warn', 'ignore']),
        chained: ctx.chained,
        signal: ctx.signal,
    };
}
function readSetupGoOptions(inputs, ctx) {
    const env = ctx.env;
    const baseUrlInput = inputs.optional('go-download-base-url');
    const baseUrlEnv = env.GO_DOWNLOAD_BASE_URL?.trim() || undefined;
    return {
        goVersion: inputs.optional('go-version'),
        goVersionFile: inputs.optional('go-version-file'),
        checkLatest: inputs.boolean('check-latest'),
        architecture: inputs.optional('architecture'),
        hostArch: process.arch,
        hostPlatform: process.platform,
        downloadBaseUrl: baseUrlInput
            ? { value: baseUrlInput, from: 'input' }
            : baseUrlEnv
                ? { value: baseUrlEnv, from: 'GO_DOWNLOAD_BASE_URL' }
                : undefined,
        token: inputs.string('token'),
        serverUrl: env.GITHUB_SERVER_URL,
        cache: inputs.boolean('cache', true),
        cacheRestoreOnly: inputs.boolean('cache-restore-only'),
        cacheDependencyPath: inputs.list('cache-dependency-path'),
        gotoolchain: inputs.string('gotoolchain'),
        workspace: ctx.workspace,
        toolCacheRoot: env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(ctx.homedir, '.cache', 'goship', 'tool-cache'),
        runnerOs: env.RUNNER_OS || process.platform,
        env,
        signal: ctx.signal,
    };
}

;// CONCATENATED MODULE: ./packages/go/src/stages/go-build-ldflags.ts

const goBuildLdflags = {
    name: 'go-build-ldflags',
    async read(inputs, ctx) {
        const { signal: _signal, ...config } = readGoBuildInput(inputs, ctx);
        // The checks that need the -X grammar live with the build; loading them costs no toolchain call.
        const { checkGoBuildInput } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2514)]).then(__webpack_require__.bind(__webpack_require__, 32514));
        checkGoBuildInput(config);
        return config;
    },
    async run(config, _upstream, ctx) {
        const { goBuildStage } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2514)]).then(__webpack_require__.bind(__webpack_require__, 32514));
        const r = await goBuildStage({ ...config, baseEnv: ctx.env, signal: ctx.signal }, ctx.log);
        return { outputs: r.outputs, summary: r.summary, failures: r.failures, value: r };
    },
};

;// CONCATENATED MODULE: ./packages/go/src/stages/setup-go.ts

const setupGo = {
    name: 'setup-go',
    read(inputs, ctx) {
        const { env: _env, signal: _signal, ...config } = readSetupGoOptions(inputs, ctx);
        return config;
    },
    async run(config, _upstream, ctx) {
        const { setupGoStage } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(8878)]).then(__webpack_require__.bind(__webpack_require__, 38878));
        const r = await setupGoStage({ ...config, env: ctx.env, signal: ctx.signal, log: ctx.log });
        return {
            outputs: r.outputs,
            summary: r.summary,
            failures: [],
            value: r,
            environment: { title: 'Go environment', vars: r.env, path: r.path },
        };
    },
};
/** The post step: saves the module/build cache the main step restored (state from `value.saveCache`). */
async function saveSetupGoCache(state) {
    const { saveGoCache } = await __webpack_require__.e(/* import() */ 4092).then(__webpack_require__.bind(__webpack_require__, 4092));
    return saveGoCache(state);
}

;// CONCATENATED MODULE: ./packages/go/src/stages/index.ts
// The two Go stages (packages/kit/src/stage.ts): light to import; each loads its heavy half in `run`.




/***/ })

};
