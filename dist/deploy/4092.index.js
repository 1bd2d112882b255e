export const id = 4092;
export const ids = [4092];
export const modules = {

/***/ 65306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   jI: () => (/* binding */ cacheServiceAvailable),
/* harmony export */   lr: () => (/* binding */ restoreGoCache),
/* harmony export */   yU: () => (/* binding */ saveGoCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77817);


function cacheKeys(p) {
    const prefix = `goship-go-${p.os}-${p.arch}-go${p.goVersion}-`;
    return { key: `${prefix}${p.depHash}`, restoreKeys: [prefix] };
}
/**
 * Whether the runner offers a cache service. Same test as @actions/cache's isFeatureAvailable (v2 service:
 * ACTIONS_RESULTS_URL; v1: ACTIONS_CACHE_URL), done here so that no cache code loads when there is none.
 */
function cacheServiceAvailable(env) {
    return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}
async function restoreGoCache(paths, keys) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 1691).then(__webpack_require__.bind(__webpack_require__, 61691));
        const matchedKey = await cache.restoreCache([...paths], keys.key, keys.restoreKeys);
        return { matchedKey, hit: matchedKey === keys.key };
    }
    catch (err) {
        return { hit: false, error: (0,_goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) };
    }
}
async function saveGoCache(state) {
    if (state.restoreOnly)
        return { saved: false, reason: 'cache-restore-only is true: the cache is restored but never saved' };
    if (state.matchedKey === state.key)
        return { saved: false, reason: `the cache was restored from ${state.key}: nothing new to save` };
    const paths = state.paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
    if (paths.length === 0)
        return { saved: false, reason: 'neither the module cache nor the build cache exists: no go command ran' };
    try {
        const cache = await __webpack_require__.e(/* import() */ 1691).then(__webpack_require__.bind(__webpack_require__, 61691));
        const id = await cache.saveCache(paths, state.key);
        return id === -1
            ? { saved: false, reason: 'the cache service did not accept the save' }
            : { saved: true, reason: `saved as ${state.key}` };
    }
    catch (err) {
        return { saved: false, reason: `saving failed: ${(0,_goship_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}` };
    }
}


/***/ }),

/***/ 4092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveGoCache: () => (/* reexport safe */ _cache_js__WEBPACK_IMPORTED_MODULE_0__.yU)
/* harmony export */ });
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65306);
// Go toolchains: version specs, go.dev's release manifest, go.mod/go.work/version files, verified installs
// into the runner's tool cache, and the module/build cache.














/***/ })

};
