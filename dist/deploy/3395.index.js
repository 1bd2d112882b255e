export const id = 3395;
export const ids = [3395];
export const modules = {

/***/ 75798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPLY_SET_LABEL: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.H3),
/* harmony export */   ApiError: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.hD),
/* harmony export */   CHANGE_CAUSE: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.HX),
/* harmony export */   ConnectionError: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.Rc),
/* harmony export */   Credentials: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_3__.J),
/* harmony export */   Discovery: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.TB),
/* harmony export */   FIELD_MANAGER: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.vy),
/* harmony export */   KubeClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.Bx),
/* harmony export */   WORKLOAD_KINDS: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.i6),
/* harmony export */   apiServerProxy: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.iY),
/* harmony export */   apiServerProxyFailure: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.qB),
/* harmony export */   applyObject: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.qi),
/* harmony export */   buildPlan: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.Gg),
/* harmony export */   collectSecrets: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.qb),
/* harmony export */   connect: () => (/* reexport safe */ _connect_js__WEBPACK_IMPORTED_MODULE_2__.N),
/* harmony export */   explainApplyError: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.o2),
/* harmony export */   fieldPath: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.cn),
/* harmony export */   kindRank: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.xg),
/* harmony export */   kubeconfigDir: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.xW),
/* harmony export */   loadManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.D),
/* harmony export */   mergePatch: () => (/* reexport safe */ _apply_js__WEBPACK_IMPORTED_MODULE_0__.bW),
/* harmony export */   objectKey: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.T5),
/* harmony export */   objectRef: () => (/* reexport safe */ _types_js__WEBPACK_IMPORTED_MODULE_9__.D),
/* harmony export */   parseManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.Y),
/* harmony export */   parseStatus: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.i$),
/* harmony export */   proxyAgentOptions: () => (/* reexport safe */ _proxy_js__WEBPACK_IMPORTED_MODULE_8__.aB),
/* harmony export */   resolveKubeconfig: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.a8),
/* harmony export */   resourcePath: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.oU),
/* harmony export */   splitApiVersion: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.Np),
/* harmony export */   toLabelValue: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.NN),
/* harmony export */   workloadKind: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.K5)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65078);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28571);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10228);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96836);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11784);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92435);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52720);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22079);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48822);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40063);
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.












/***/ }),

/***/ 36658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Exponential backoff with "full jitter", so parallel clients that failed together do not retry together. */
function backoffDelay(attempt, base, max, random = Math.random) {
    const ceiling = Math.min(max, base * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
async function retry(fn, opts = {}) {
    const attempts = opts.attempts ?? 4;
    const base = opts.baseDelayMs ?? 500;
    const max = opts.maxDelayMs ?? 10_000;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            if (attempt >= attempts && !opts.beyondAttempts?.(err))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}


/***/ })

};
