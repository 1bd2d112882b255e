export const id = 3932;
export const ids = [3932];
export const modules = {

/***/ 93932:
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
/* harmony export */   objectRef: () => (/* reexport safe */ _types_js__WEBPACK_IMPORTED_MODULE_8__.D),
/* harmony export */   parseManifests: () => (/* reexport safe */ _manifests_js__WEBPACK_IMPORTED_MODULE_6__.Y),
/* harmony export */   parseStatus: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_1__.i$),
/* harmony export */   resolveKubeconfig: () => (/* reexport safe */ _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__.a8),
/* harmony export */   resourcePath: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.oU),
/* harmony export */   splitApiVersion: () => (/* reexport safe */ _discovery_js__WEBPACK_IMPORTED_MODULE_4__.Np),
/* harmony export */   toLabelValue: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.NN),
/* harmony export */   workloadKind: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_7__.K5)
/* harmony export */ });
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23880);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56545);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70746);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6089);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61990);
/* harmony import */ var _kubeconfig_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38357);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59842);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45209);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53629);
// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.











/***/ })

};
