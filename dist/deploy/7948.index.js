export const id = 7948;
export const ids = [7948];
export const modules = {

/***/ 27948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeTestStage: () => (/* reexport safe */ _smoke_test_js__WEBPACK_IMPORTED_MODULE_0__.qC)
/* harmony export */ });
/* harmony import */ var _smoke_test_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24698);
// The smoke-test stage (packages/kit/src/stage.ts): light to import; `run` loads the HTTP checks.



/***/ })

};
