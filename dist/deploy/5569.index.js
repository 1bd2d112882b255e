export const id = 5569;
export const ids = [5569];
export const modules = {

/***/ 25569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readFleetOptions: () => (/* reexport safe */ _fleet_inputs_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   readRolloutOptions: () => (/* reexport safe */ _inputs_js__WEBPACK_IMPORTED_MODULE_1__.w),
/* harmony export */   rolloutKubeconfig: () => (/* reexport safe */ _inputs_js__WEBPACK_IMPORTED_MODULE_1__.b)
/* harmony export */ });
/* harmony import */ var _fleet_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74237);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54236);
// The input readers alone (`@goship/kube/inputs`): an adapter validates its inputs with these before it loads
// the stages (apply, watch, rollback, GitHub deployments).




/***/ })

};
