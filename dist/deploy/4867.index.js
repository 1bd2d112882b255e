export const id = 4867;
export const ids = [4867];
export const modules = {

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 86335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ X_NAME_FORM),
/* harmony export */   C$: () => (/* binding */ splitLdflags),
/* harmony export */   Vh: () => (/* binding */ LdflagsQuotingError),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _g: () => (/* binding */ findInjections),
/* harmony export */   eB: () => (/* binding */ composeLdflags),
/* harmony export */   ge: () => (/* binding */ ldflagsQuotingProblem),
/* harmony export */   q: () => (/* binding */ ldflagsBuildArg),
/* harmony export */   vi: () => (/* binding */ parseXName)
/* harmony export */ });
/* unused harmony exports quoteLdflagsArg, joinLdflags, X_NAME_PATTERN */
/*
 * Composing the `-ldflags` value of `go build`, and quoting it the way the go command reads it.
 *
 * cmd/go splits the -ldflags value with cmd/internal/quoted.Split (load.PerPackageFlag.set):
 *   - fields are separated by ASCII whitespace (space, \t, \n, \r);
 *   - a field that STARTS with ' or " runs to the next identical quote; there is no escaping inside,
 *     and the closing quote ends the field even without a following space;
 *   - a quote anywhere else in a field is an ordinary character;
 *   - a value that, after trimming, does not start with '-' is read as `<pattern>=<flags>`.
 * The linker then receives each field as its own argv element, and `-X name=value` splits at the first
 * '=', so '=' and '$' in values need nothing at all (no shell is involved anywhere).
 *
 * Therefore an argument needs quoting only when it contains whitespace or starts with a quote, and it
 * can be quoted unless it contains BOTH quote kinds (Split has no escape). A value with both kinds but
 * no whitespace (`a'b"c`) is still representable unquoted, which quoted.Join would needlessly refuse.
 *
 * In the contract because two stages compose the same value: go-build-ldflags passes it to `go build`,
 * docker-multistage's Dockerfile mode to the builder as a build argument.
 */
/** A value that cannot be passed through the go command's ldflags parsing. */
class LdflagsQuotingError extends Error {
    arg;
    constructor(message, arg) {
        super(message);
        this.arg = arg;
        this.name = 'LdflagsQuotingError';
    }
}
const isSpaceChar = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
/** A faithful port of cmd/internal/quoted.Split (Go 1.18+): the go command's reading of -ldflags. */
function splitLdflags(value) {
    const fields = [];
    let s = value;
    while (s.length > 0) {
        let start = 0;
        while (start < s.length && isSpaceChar(s[start]))
            start++;
        s = s.slice(start);
        if (s.length === 0)
            break;
        const first = s[0];
        if (first === '"' || first === "'") {
            const end = s.indexOf(first, 1);
            if (end < 0)
                throw new LdflagsQuotingError(`unterminated ${first} string`, value);
            fields.push(s.slice(1, end));
            s = s.slice(end + 1);
            continue;
        }
        let i = 0;
        while (i < s.length && !isSpaceChar(s[i]))
            i++;
        fields.push(s.slice(0, i));
        s = s.slice(i);
    }
    return fields;
}
/** Why `arg` cannot be represented in -ldflags, or undefined when it can. */
function ldflagsQuotingProblem(arg) {
    if (arg.includes('\0'))
        return 'contains a NUL byte, which no command-line argument can carry';
    const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
    if (needsQuotes && arg.includes("'") && arg.includes('"')) {
        return ('contains whitespace together with both a single quote (\') and a double quote ("); the go command ' +
            'splits -ldflags on whitespace and has no escape character, so such a value cannot be passed');
    }
    return undefined;
}
/** Quotes one argument so that splitLdflags gives it back unchanged; throws when that is impossible. */
function quoteLdflagsArg(arg) {
    const problem = ldflagsQuotingProblem(arg);
    if (problem)
        throw new LdflagsQuotingError(`ldflags argument ${JSON.stringify(arg)} ${problem}`, arg);
    const needsQuotes = arg === '' || [...arg].some(isSpaceChar) || arg.startsWith("'") || arg.startsWith('"');
    if (!needsQuotes)
        return arg;
    return arg.includes("'") ? `"${arg}"` : `'${arg}'`;
}
/** The -ldflags value for a list of linker arguments (the inverse of splitLdflags). */
function joinLdflags(args) {
    return args.map(quoteLdflagsArg).join(' ');
}
// An import path as the go command accepts it (module.CheckImportPath's characters), then '.', then a Go
// identifier. The linker splits `-X` at the LAST dot before '=', so the identifier cannot contain dots.
const IMPORT_PATH = String.raw `(?:[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)(?:/[A-Za-z0-9_~+\-][A-Za-z0-9._~+\-]*)*`;
const IDENTIFIER = String.raw `[\p{L}_][\p{L}\p{Nd}_]*`;
const X_NAME_PATTERN = new RegExp(`^(${IMPORT_PATH})\\.(${IDENTIFIER})$`, 'u');
const X_NAME_FORM = 'an import path, a dot and a Go identifier, e.g. main.version or example.com/app/internal/build.Commit';
/** Splits `importpath.name`; undefined when it is not a valid -X target. */
function parseXName(name) {
    const m = X_NAME_PATTERN.exec(name);
    return m ? { pkg: m[1], ident: m[2] } : undefined;
}
/** `-X` pairs found in a list of linker arguments (`-X n=v`, `-X=n=v`, `--X n=v`). */
function findInjections(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        let pair;
        if (a === '-X' || a === '--X')
            pair = args[++i];
        else if (a.startsWith('-X='))
            pair = a.slice(3);
        else if (a.startsWith('--X='))
            pair = a.slice(4);
        if (pair === undefined)
            continue;
        const eq = pair.indexOf('=');
        if (eq > 0)
            out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
    }
    return out;
}
/**
 * Builds the -ldflags value: `-s -w -buildid= -X k=v … <extra>`. Throws LdflagsQuotingError for a value
 * the go command could not read back, and for extra flags that do not split (unterminated quote) or that
 * would be read as a per-package pattern.
 */
function composeLdflags(opts = {}) {
    const args = [];
    if (opts.strip ?? true)
        args.push('-s', '-w');
    if (opts.emptyBuildId ?? true)
        args.push('-buildid=');
    for (const { name, value } of opts.inject ?? []) {
        if (!parseXName(name))
            throw new LdflagsQuotingError(`-X target '${name}' is not ${X_NAME_FORM}`, name);
        args.push('-X', `${name}=${value}`);
    }
    const extra = (opts.extra ?? '').trim();
    if (extra !== '') {
        if (!extra.startsWith('-')) {
            throw new LdflagsQuotingError(`extra ldflags '${extra}' do not start with '-': the go command would read them as <pattern>=<flags>`, extra);
        }
        args.push(...splitLdflags(extra));
    }
    const ldflags = joinLdflags(args);
    if (ldflags !== '' && !ldflags.startsWith('-')) {
        // cmd/go reads a value not starting with '-' as <pattern>=<flags> and rejects a leading quote.
        throw new LdflagsQuotingError(`ldflags would start with ${ldflags[0]}: the first linker argument needs quoting`, ldflags);
    }
    const injected = {};
    for (const { name, value } of findInjections(args))
        injected[name] = value;
    return { ldflags, args, injected };
}
/** POSIX sh single-quoting: safe for any string in a `sh -c` line (a Dockerfile RUN in shell form). */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new LdflagsQuotingError('a NUL byte cannot be passed to a shell', value);
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * How to hand an -ldflags value to a Dockerfile build without ever putting it in Dockerfile text:
 * pass it as a build argument (one argv element for buildah/docker, no shell), declare the ARG in the
 * build stage, and expand it inside double quotes in the RUN line — the shell does not re-split or
 * re-expand the result of "${NAME}", so quotes, spaces, '$' and newlines arrive intact.
 */
function ldflagsBuildArg(ldflags, name = 'GOSHIP_LDFLAGS') {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new Error(`'${name}' is not a valid build argument name`);
    if (ldflags.includes('\0'))
        throw new LdflagsQuotingError('a NUL byte cannot be passed as a build argument', ldflags);
    return {
        name,
        value: ldflags,
        argv: ['--build-arg', `${name}=${ldflags}`],
        dockerfileArg: `ARG ${name}`,
        goBuildFlag: `"-ldflags=\${${name}}"`,
    };
}


/***/ }),

/***/ 24867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkGoBuildInput: () => (/* binding */ checkGoBuildInput),
  goBuildStage: () => (/* binding */ goBuildStage)
});

// UNUSED EXPORTS: injectedVars, resolveStageInput

// EXTERNAL MODULE: ./packages/contract/src/ldflags.ts
var src_ldflags = __webpack_require__(86335);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var src_errors = __webpack_require__(77817);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/go/src/compile/module-access.ts
/*
 * Private modules. The netrc input reaches the go command as $NETRC (its default GOAUTH=netrc reads that
 * file for every https request: a GOPROXY server, a go-import lookup) and reaches git, which fetches modules
 * taken directly from a repository, as a credential store scoped to each machine
 * (`credential.https://HOST.helper` through GIT_CONFIG_* variables: git asks it only when that host answers
 * 401, so a password goes to its own host alone). Both files are written from the parsed entries into a
 * 0700 directory under RUNNER_TEMP, exist only while the build runs and are removed after it, whatever its
 * end. goprivate adds to GOPRIVATE (buildEnvironment): those module paths skip the proxy and the checksum
 * database, as private code must.
 */





function openModuleAccess(netrc, baseEnv) {
    if (netrc.length === 0)
        return { env: {}, close: () => undefined };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(baseEnv.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'goship-modules-'));
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const close = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    try {
        const netrcFile = (0,external_node_path_.join)(dir, 'netrc');
        const text = netrc.map((e) => `machine ${e.machine}\n\tlogin ${e.login}\n\tpassword ${e.password}\n`);
        (0,external_node_fs_.writeFileSync)(netrcFile, text.join(''), { mode: 0o600 });
        const store = (0,external_node_path_.join)(dir, 'git-credentials');
        const urls = netrc.map((e) => `https://${encodeURIComponent(e.login)}:${encodeURIComponent(e.password)}@${e.machine}\n`);
        (0,external_node_fs_.writeFileSync)(store, urls.join(''), { mode: 0o600 });
        const env = { NETRC: netrcFile };
        // Appended after the job's own GIT_CONFIG_* entries (actions/checkout and others set some).
        let n = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10) || 0;
        for (const machine of new Set(netrc.map((e) => e.machine))) {
            // git runs a credential helper through the shell: the path is one quoted word.
            env[`GIT_CONFIG_KEY_${n}`] = `credential.https://${machine}.helper`;
            env[`GIT_CONFIG_VALUE_${n}`] = `store --file=${(0,src_ldflags/* shellQuote */.ZL)(store)}`;
            n++;
        }
        env.GIT_CONFIG_COUNT = String(n);
        return { env, close };
    }
    catch (err) {
        close();
        throw err;
    }
}
/** A GOPRIVATE pattern: a module path prefix glob, as `go help private` describes (no scheme, no space). */
const PRIVATE_PATTERN = /^[A-Za-z0-9*?[\]._~-]+(\/[A-Za-z0-9*?[\]._~-]+)*$/;
function goprivateProblems(patterns) {
    return patterns
        .filter((p) => !PRIVATE_PATTERN.test(p))
        .map((p) => new src_errors/* InputError */.dz('goprivate', `'${p.slice(0, 120)}' is not a module path pattern`, 'module path prefixes or globs such as github.com/acme/* or git.corp.example.com (no https://)'));
}

// EXTERNAL MODULE: ./packages/kit/src/paths.ts
var paths = __webpack_require__(80524);
// EXTERNAL MODULE: ./packages/kit/src/exec.ts
var exec = __webpack_require__(42783);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./packages/go/src/compile/gosource.ts
/*
 * A small reader of Go source files: the package clause, imports, build constraints and package-level
 * declarations — exactly what -X verification needs, no more. It follows the Go spec's lexical rules
 * (comments, interpreted/raw strings, runes, automatic semicolons) so that declarations are found by
 * structure, not by a regular expression over text that could sit in a comment or a string.
 */
// Longest first, so that maximal munch picks `<<=` over `<<` over `<`.
const OPERATORS = ('<<= >>= &^= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^ ' +
    '~ + - * / % & | ^ < > = ! ( ) [ ] { } , ; . :').split(' ');
const SEMICOLON_AFTER = new Set(['break', 'continue', 'fallthrough', 'return', '++', '--', ')', ']', '}']);
const isLetter = (c) => /[\p{L}_]/u.test(c);
const isIdentChar = (c) => /[\p{L}\p{Nd}_]/u.test(c);
class GoSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
        this.name = 'GoSyntaxError';
    }
}
/** Tokens of a Go source file, with the semicolons the spec inserts at line ends. Comments are dropped. */
function tokenize(src) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const push = (kind, text, at, atLine, atLineStart) => tokens.push({ kind, text, line: atLine, column: at - atLineStart + 1 });
    const needsSemicolon = () => {
        const last = tokens[tokens.length - 1];
        if (!last || last.kind === ';')
            return false;
        return last.kind !== 'op' || SEMICOLON_AFTER.has(last.text);
    };
    const newline = () => {
        if (needsSemicolon())
            push(';', '\n', i, line, lineStart);
        line++;
        lineStart = i + 1;
    };
    while (i < src.length) {
        const c = src[i];
        if (c === '\n') {
            newline();
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
            i++;
            continue;
        }
        if (src.startsWith('//', i)) {
            const end = src.indexOf('\n', i);
            i = end < 0 ? src.length : end;
            continue;
        }
        if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            if (end < 0)
                throw new GoSyntaxError('comment not terminated', line);
            const body = src.slice(i, end + 2);
            const newlines = body.split('\n').length - 1;
            // A general comment containing newlines acts like a newline.
            if (newlines > 0) {
                if (needsSemicolon())
                    push(';', '\n', i, line, lineStart);
                line += newlines;
                lineStart = i + body.lastIndexOf('\n') + 1;
            }
            i = end + 2;
            continue;
        }
        const start = i;
        const startLine = line;
        const startLineStart = lineStart;
        if (c === '"' || c === "'") {
            i++;
            while (i < src.length && src[i] !== c) {
                if (src[i] === '\n')
                    throw new GoSyntaxError(`${c === '"' ? 'string' : 'rune'} literal not terminated`, line);
                i += src[i] === '\\' ? 2 : 1;
            }
            if (i >= src.length)
                throw new GoSyntaxError('literal not terminated', line);
            i++;
            push(c === '"' ? 'string' : 'literal', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        if (c === '`') {
            const end = src.indexOf('`', i + 1);
            if (end < 0)
                throw new GoSyntaxError('raw string literal not terminated', line);
            const text = src.slice(i, end + 1);
            const newlines = text.split('\n').length - 1;
            i = end + 1;
            push('string', text, start, startLine, startLineStart);
            if (newlines > 0) {
                line += newlines;
                lineStart = start + text.lastIndexOf('\n') + 1;
            }
            continue;
        }
        if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
            // Numbers, including hex/octal/binary, floats with exponents (1e-9, 0x1p-2) and imaginary suffixes.
            i++;
            while (i < src.length) {
                const d = src[i];
                if (/[0-9A-Za-z_.]/.test(d))
                    i++;
                else if ((d === '+' || d === '-') &&
                    /[eEpP]/.test(src[i - 1]) &&
                    !/^0[xX][0-9A-Fa-f_]*[eE]$/.test(src.slice(start, i)))
                    i++;
                else
                    break;
            }
            push('literal', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        if (isLetter(c)) {
            i++;
            while (i < src.length && isIdentChar(src[i]))
                i++;
            push('ident', src.slice(start, i), start, startLine, startLineStart);
            continue;
        }
        const op = OPERATORS.find((o) => src.startsWith(o, i));
        if (!op)
            throw new GoSyntaxError(`unexpected character ${JSON.stringify(c)}`, line);
        i += op.length;
        push(op === ';' ? ';' : 'op', op, start, startLine, startLineStart);
    }
    if (needsSemicolon())
        push(';', '\n', i, line, lineStart);
    return tokens;
}
/** Splits a token range at depth-0 commas. */
function splitTopLevel(tokens, sep) {
    const parts = [[]];
    let depth = 0;
    for (const t of tokens) {
        if (t.kind === 'op' && '([{'.includes(t.text))
            depth++;
        if (t.kind === 'op' && ')]}'.includes(t.text))
            depth--;
        if (depth === 0 && t.kind === 'op' && t.text === sep)
            parts.push([]);
        else
            parts[parts.length - 1].push(t);
    }
    return parts;
}
const gosource_text = (tokens) => tokens.map((t) => t.text).join(tokens.some((t) => t.kind === 'ident') ? ' ' : '');
function isStringExpr(tokens) {
    // "a", "a" + "b", ("a"): a constant string expression made only of literals.
    const inner = tokens.filter((t) => !(t.kind === 'op' && (t.text === '(' || t.text === ')')));
    if (inner.length === 0)
        return false;
    return (inner.every((t, k) => (k % 2 === 0 ? t.kind === 'string' : t.kind === 'op' && t.text === '+')) &&
        inner.length % 2 === 1);
}
function valueSpec(kind, spec, out, previousType) {
    const names = [];
    let k = 0;
    while (k < spec.length && spec[k].kind === 'ident') {
        names.push(spec[k]);
        k++;
        if (spec[k]?.kind === 'op' && spec[k].text === ',')
            k++;
        else
            break;
    }
    const rest = spec.slice(k);
    const eq = rest.findIndex((t) => t.kind === 'op' && t.text === '=');
    const typeTokens = eq < 0 ? rest : rest.slice(0, eq);
    const values = eq < 0 ? [] : splitTopLevel(rest.slice(eq + 1), ',');
    let type = gosource_text(typeTokens);
    // In a const group, a spec without type and values repeats the previous one (iota patterns).
    if (kind === 'const' && eq < 0 && typeTokens.length === 0)
        type = previousType.type;
    if (kind === 'const')
        previousType.type = type;
    names.forEach((n, idx) => {
        let isString;
        if (type !== '')
            isString = type === 'string' ? 'yes' : 'no';
        else {
            const v = values.length === names.length ? values[idx] : undefined;
            isString = v && isStringExpr(v) ? 'yes' : 'unknown';
        }
        if (n.text !== '_')
            out.push({ name: n.text, kind, line: n.line, column: n.column, type, isString });
    });
}
/** Reads the parts of one Go source file that -X verification needs. */
function scanGoFile(src) {
    const header = readHeader(src);
    const tokens = tokenize(src);
    const info = {
        packageName: '',
        imports: [],
        constraint: header.goBuild,
        plusBuild: header.plusBuild,
        declarations: [],
        usesCgo: false,
    };
    let i = 0;
    while (i < tokens.length) {
        const t = tokens[i];
        if (t.kind === ';') {
            i++;
            continue;
        }
        if (t.kind !== 'ident') {
            // Stray top-level tokens: skip balanced groups so that bodies never look like declarations.
            i = '([{'.includes(t.text) ? skipGroup(tokens, i) : i + 1;
            continue;
        }
        switch (t.text) {
            case 'package':
                info.packageName = tokens[i + 1]?.text ?? '';
                i += 2;
                break;
            case 'import':
                i = specs(tokens, i + 1, (spec) => importSpec(spec, info));
                break;
            case 'var':
            case 'const': {
                const kind = t.text;
                const previousType = { type: '' };
                i = specs(tokens, i + 1, (spec) => valueSpec(kind, spec, info.declarations, previousType));
                break;
            }
            case 'type':
                i = specs(tokens, i + 1, (spec) => typeSpec(spec, info.declarations));
                break;
            case 'func':
                i = funcDecl(tokens, i, info.declarations);
                break;
            default:
                i++;
        }
    }
    return info;
}
function isOp(t, op) {
    return t?.kind === 'op' && t.text === op;
}
/** Skips a balanced (), [] or {} group starting at k; returns the index after it. */
function skipGroup(tokens, k) {
    let depth = 0;
    for (; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.kind === 'op' && '([{'.includes(t.text))
            depth++;
        if (t.kind === 'op' && ')]}'.includes(t.text) && --depth === 0)
            return k + 1;
    }
    return k;
}
/** Tokens of one spec (up to ';' at depth 0 or the group's closing ')'), and the index where it stopped. */
function readSpec(tokens, k) {
    const spec = [];
    let depth = 0;
    for (; k < tokens.length; k++) {
        const t = tokens[k];
        if (depth === 0 && (t.kind === ';' || (t.kind === 'op' && t.text === ')')))
            break;
        if (t.kind === 'op' && '([{'.includes(t.text))
            depth++;
        if (t.kind === 'op' && ')]}'.includes(t.text))
            depth--;
        spec.push(t);
    }
    return [spec, k];
}
/** The specs of a declaration at k, one or a ( … ) group, each given to `each`; returns the index after them. */
function specs(tokens, k, each) {
    if (isOp(tokens[k], '(')) {
        k++;
        while (k < tokens.length && !isOp(tokens[k], ')')) {
            if (tokens[k].kind === ';') {
                k++;
                continue;
            }
            const [spec, next] = readSpec(tokens, k);
            if (spec.length > 0)
                each(spec);
            k = next;
        }
        return k + 1;
    }
    const [spec, next] = readSpec(tokens, k);
    each(spec);
    return next;
}
function importSpec(spec, info) {
    const path = spec.find((s) => s.kind === 'string');
    if (path) {
        const p = unquote(path.text);
        info.imports.push(p);
        if (p === 'C')
            info.usesCgo = true;
    }
}
function typeSpec(spec, out) {
    const n = spec[0];
    if (n?.kind === 'ident')
        out.push({
            name: n.text,
            kind: 'type',
            line: n.line,
            column: n.column,
            type: '',
            isString: 'no',
        });
}
/** A func declaration at i: its name (methods declare none); returns the index of the ';' after its body. */
function funcDecl(tokens, i, out) {
    const n = tokens[i + 1];
    // Methods (`func (r T) Name`) do not declare package-level names.
    if (n?.kind === 'ident')
        out.push({
            name: n.text,
            kind: 'func',
            line: n.line,
            column: n.column,
            type: '',
            isString: 'no',
        });
    i++;
    // Skip the signature and body: everything up to the ';' after the body at depth 0.
    let depth = 0;
    for (; i < tokens.length; i++) {
        const u = tokens[i];
        if (u.kind === 'op' && '([{'.includes(u.text))
            depth++;
        if (u.kind === 'op' && ')]}'.includes(u.text))
            depth--;
        if (depth === 0 && u.kind === ';')
            break;
    }
    return i;
}
/** The value of a Go string literal token (escapes decoded for the common cases import paths use). */
function unquote(literal) {
    if (literal.startsWith('`'))
        return literal.slice(1, -1);
    try {
        return JSON.parse(literal.replace(/\\x([0-9A-Fa-f]{2})/g, '\\u00$1').replace(/\\'/g, "'"));
    }
    catch {
        return literal.slice(1, -1);
    }
}
/**
 * The build-constraint lines of a file: only the comment block before the package clause counts
 * (go/build's rule), and `// +build` lines only when there is no `//go:build` line.
 */
function readHeader(src) {
    let goBuild = '';
    const plusBuild = [];
    let i = 0;
    while (i < src.length) {
        if (/\s/.test(src[i])) {
            i++;
            continue;
        }
        if (src.startsWith('//', i)) {
            const end = src.indexOf('\n', i);
            const line = src.slice(i, end < 0 ? src.length : end).trimEnd();
            const gb = /^\/\/go:build(?:\s+(.*))?$/.exec(line);
            if (gb && !goBuild)
                goBuild = (gb[1] ?? '').trim();
            const pb = /^\/\/\s*\+build(?:\s+(.*))?$/.exec(line);
            if (pb)
                plusBuild.push((pb[1] ?? '').trim());
            i = end < 0 ? src.length : end + 1;
            continue;
        }
        if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            i = end < 0 ? src.length : end + 2;
            continue;
        }
        break;
    }
    return { goBuild, plusBuild };
}

;// CONCATENATED MODULE: ./packages/go/src/compile/overwrites.ts
/*
 * -X values that the program replaces before it can see them. The linker sets the variable's initial
 * value; code that runs first can still overwrite it, and then every later layer (image ENV, manifests)
 * agrees on a port the process never uses. Two shapes cover what real services do:
 *
 *  - a flag bound to the variable: `flag.StringVar(&port, "port", "8080", …)` (and `fs.StringVar`,
 *    pflag's `StringVarP`, …) stores the flag's default into the variable when it runs. Passing the
 *    variable itself as the default (`flag.StringVar(&port, "port", port, …)`) keeps the -X value, so any
 *    call whose other arguments read the variable is not reported.
 *  - an unconditional assignment in the top-level block of an `init` function, or of `main` in the main
 *    package, before any statement of that function mentions the variable (`port = "9090"`).
 *
 * What this does not see (it reads source, it does not run it): assignments in helpers called from main,
 * through pointers, or by reflection. A function that declares a local of the same name (a parameter,
 * `:=`, `var`) is skipped for that name, so a shadowing local is never mistaken for the variable.
 */

const FLAG_METHOD = /^(?:[A-Z][A-Za-z0-9]*)?VarP?$/;
const overwrites_isOp = (t, text) => t?.kind === 'op' && t.text === text;
const opens = (t) => t.kind === 'op' && '([{'.includes(t.text);
const closes = (t) => t.kind === 'op' && ')]}'.includes(t.text);
/** Length of a reference to `v` starting at `i` (1 or 3 tokens), or 0. */
function refAt(tokens, i, v) {
    if (overwrites_isOp(tokens[i - 1], '.'))
        return 0;
    const t = tokens[i];
    if (t?.kind !== 'ident')
        return 0;
    if (v.qualifier === undefined)
        return t.text === v.ident ? 1 : 0;
    return t.text === v.qualifier && overwrites_isOp(tokens[i + 1], '.') && tokens[i + 2]?.text === v.ident ? 3 : 0;
}
const mentions = (tokens, v) => tokens.some((_, i) => refAt(tokens, i, v) > 0);
/** Index after the balanced group that opens at `i`. */
function groupEnd(tokens, i) {
    let depth = 0;
    for (let k = i; k < tokens.length; k++) {
        if (opens(tokens[k]))
            depth++;
        else if (closes(tokens[k]) && --depth === 0)
            return k + 1;
    }
    return tokens.length;
}
/** Splits tokens at `sep` tokens (';' kind or an op) found at nesting depth 0. */
function splitDepth0(tokens, isSep) {
    const parts = [[]];
    let depth = 0;
    for (const t of tokens) {
        if (opens(t))
            depth++;
        if (closes(t))
            depth--;
        if (depth === 0 && isSep(t))
            parts.push([]);
        else
            parts[parts.length - 1].push(t);
    }
    return parts.filter((p) => p.length > 0);
}
function depth0Index(tokens, pred) {
    let depth = 0;
    for (const [k, t] of tokens.entries()) {
        if (depth === 0 && pred(t))
            return k;
        if (opens(t))
            depth++;
        if (closes(t))
            depth--;
    }
    return -1;
}
const shorten = (tokens, max = 80) => {
    let s = '';
    for (const [k, t] of tokens.entries()) {
        const prev = tokens[k - 1];
        const tight = !prev ||
            (t.kind === 'op' && ').],'.includes(t.text)) ||
            (prev.kind === 'op' && '(.[&'.includes(prev.text));
        s += (tight ? '' : ' ') + t.text;
    }
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};
/** Top-level function declarations with their bodies. */
function functions(tokens) {
    const out = [];
    let i = 0;
    while (i < tokens.length) {
        const t = tokens[i];
        if (opens(t)) {
            i = groupEnd(tokens, i);
            continue;
        }
        if (!(t.kind === 'ident' && t.text === 'func')) {
            i++;
            continue;
        }
        let k = i + 1;
        const method = overwrites_isOp(tokens[k], '(');
        if (method)
            k = groupEnd(tokens, k);
        const name = tokens[k]?.kind === 'ident' ? tokens[k].text : '';
        const sigStart = k + 1;
        // The body is the first '{' at depth 0 that does not belong to a struct{} or interface{} type.
        for (; k < tokens.length && tokens[k].kind !== ';'; k++) {
            const u = tokens[k];
            if (overwrites_isOp(u, '{') && !['struct', 'interface'].includes(tokens[k - 1]?.text ?? ''))
                break;
            if (opens(u))
                k = groupEnd(tokens, k) - 1;
        }
        if (!overwrites_isOp(tokens[k], '{')) {
            i = k; // a declaration without a body (assembly)
            continue;
        }
        const end = groupEnd(tokens, k);
        out.push({ name, method, signature: tokens.slice(sigStart, k), body: tokens.slice(k + 1, end - 1) });
        i = end;
    }
    return out;
}
/** Whether the function declares its own `ident` (parameter, result, `:=`, `var`, func literal parameter). */
function declaresLocal(fn, ident) {
    const plain = (ts, k) => ts[k]?.kind === 'ident' && ts[k].text === ident && !overwrites_isOp(ts[k - 1], '.');
    if (fn.signature.some((_, k) => plain(fn.signature, k)))
        return true;
    const b = fn.body;
    for (let k = 0; k < b.length; k++) {
        if (overwrites_isOp(b[k], ':=')) {
            // Walk back over `a, b, c :=`.
            for (let j = k - 1; j >= 0 && b[j].kind === 'ident'; j -= 2) {
                if (plain(b, j))
                    return true;
                if (!overwrites_isOp(b[j - 1], ','))
                    break;
            }
        }
        if (b[k].kind === 'ident' && b[k].text === 'var') {
            const spec = overwrites_isOp(b[k + 1], '(') ? b.slice(k + 2, groupEnd(b, k + 1) - 1) : b.slice(k + 1);
            for (const s of splitDepth0(spec, (t) => t.kind === ';').slice(0, overwrites_isOp(b[k + 1], '(') ? undefined : 1)) {
                for (let j = 0; j < s.length && s[j].kind === 'ident'; j += 2) {
                    if (s[j].text === ident)
                        return true;
                    if (!overwrites_isOp(s[j + 1], ','))
                        break;
                }
            }
        }
        if (b[k].kind === 'ident' && b[k].text === 'func' && overwrites_isOp(b[k + 1], '(')) {
            const params = b.slice(k + 1, groupEnd(b, k + 1));
            if (params.some((_, j) => plain(params, j)))
                return true;
        }
    }
    return false;
}
/** `recv.StringVar(&v, …)` calls whose other arguments do not read v. */
function flagBindings(tokens, v) {
    const out = [];
    for (let i = 1; i < tokens.length; i++) {
        const m = tokens[i];
        if (!(m.kind === 'ident' &&
            FLAG_METHOD.test(m.text) &&
            overwrites_isOp(tokens[i - 1], '.') &&
            overwrites_isOp(tokens[i + 1], '(')))
            continue;
        if (!overwrites_isOp(tokens[i + 2], '&'))
            continue;
        const len = refAt(tokens, i + 3, v);
        if (len === 0 || !(overwrites_isOp(tokens[i + 3 + len], ',') || overwrites_isOp(tokens[i + 3 + len], ')')))
            continue;
        const end = groupEnd(tokens, i + 1);
        const args = splitDepth0(tokens.slice(i + 2, end - 1), (t) => overwrites_isOp(t, ','));
        if (args.slice(1).some((a) => mentions(a, v)))
            continue; // the default is derived from the -X value
        const recv = tokens[i - 2];
        const head = recv?.kind === 'ident' && !overwrites_isOp(tokens[i - 3], '.') ? `${recv.text}.` : '….';
        out.push({
            line: m.line,
            column: m.column,
            kind: 'flag',
            code: `${head}${m.text}(${args.map((a) => shorten(a, 30)).join(', ')})`,
        });
    }
    return out;
}
/** The first top-level statement of `fn` that assigns v without reading it, if nothing before mentions v. */
function assignmentBeforeUse(fn, v, kind) {
    for (const stmt of splitDepth0(fn.body, (t) => t.kind === ';')) {
        const eq = depth0Index(stmt, (t) => overwrites_isOp(t, '='));
        if (eq > 0 && !['if', 'for', 'switch', 'select'].includes(stmt[0].text)) {
            const lhs = splitDepth0(stmt.slice(0, eq), (t) => overwrites_isOp(t, ','));
            const rhs = stmt.slice(eq + 1);
            const assigns = lhs.some((l) => refAt(l, 0, v) === l.length);
            if (assigns && !mentions(rhs, v)) {
                const first = stmt[0];
                return { line: first.line, column: first.column, kind, code: shorten(stmt) };
            }
        }
        if (mentions(stmt, v))
            return undefined; // read (or conditionally set) first: the -X value is seen
    }
    return undefined;
}
/**
 * Where the code of one file overwrites the variable before the program can see its -X value.
 * `mainPackage`: the file belongs to the program's main package (then `func main` counts too).
 * `source`: the file's text, or its tokens when the caller reads the file for several variables.
 */
function findOverwrites(source, v, mainPackage) {
    const tokens = typeof source === 'string' ? tokenize(source) : source;
    const fns = functions(tokens);
    const shadowing = (fn) => v.qualifier === undefined && declaresLocal(fn, v.ident);
    const out = [];
    // Flag bindings anywhere except in functions whose own local carries the name.
    const skipped = new Set(fns.filter(shadowing).flatMap((fn) => fn.body));
    out.push(...flagBindings(tokens.filter((t) => !skipped.has(t)), v));
    for (const fn of fns) {
        if (fn.method || shadowing(fn))
            continue;
        if (fn.name === 'init' || (fn.name === 'main' && mainPackage)) {
            const found = assignmentBeforeUse(fn, v, fn.name);
            if (found)
                out.push(found);
        }
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
/** Import names of a file's imports: path → the name code uses (alias, or the last path element). */
function importNames(source) {
    const tokens = typeof source === 'string' ? tokenize(source) : source;
    const names = new Map();
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'ident' && (t.text === 'func' || t.text === 'var' || t.text === 'type'))
            break;
        if (!(t.kind === 'ident' && t.text === 'import'))
            continue;
        const group = overwrites_isOp(tokens[i + 1], '(');
        const end = group ? groupEnd(tokens, i + 1) : i + 3;
        const specs = splitDepth0(tokens.slice(group ? i + 2 : i + 1, group ? end - 1 : end), (u) => u.kind === ';');
        for (const spec of specs) {
            const path = spec.find((s) => s.kind === 'string');
            if (!path)
                continue;
            const p = path.text.slice(1, -1);
            const alias = spec[0] !== path ? spec[0].text : undefined;
            // Versioned paths (example.com/x/v2) are usually imported under the element before the version.
            const elems = p.split('/');
            const last = /^v\d+$/.test(elems[elems.length - 1]) && elems.length > 1
                ? elems[elems.length - 2]
                : elems[elems.length - 1];
            names.set(p, alias ?? last);
        }
        i = end - 1;
    }
    return names;
}

;// CONCATENATED MODULE: ./packages/go/src/compile/verify.ts
/*
 * -X verification. The linker silently ignores `-X` for a variable that does not exist (a typo ships
 * "dev" to production), so every target is checked before anything is built.
 *
 * Why the source and not the binary: `go tool nm` needs the symbol table, which `-s -w` (our default)
 * strips, and building an unstripped twin per target would double the link work. The linker resolves
 * `-X importpath.name` against exactly the package-level declarations of the package with that import
 * path in the program, so we read those declarations from the files the compiler uses for the target
 * (program.ts: go/build's file selection, or `go list -deps` for that target when in doubt). That costs
 * milliseconds instead of a link, and it runs before the build so a typo fails fast with nothing written.
 * The one thing the source cannot always tell is the type of `var x = f()`; for that the linker itself
 * refuses a non-string (`cannot set with -X: not a var of type string`), which the build reports.
 */






/** Levenshtein distance, case-insensitive; used to suggest what a typo meant. */
function editDistance(a, b) {
    return (0,mod/* distance */.Io)(a.toLowerCase(), b.toLowerCase());
}
/** Candidates within a typo's reach of `wanted`, closest first. */
function closeMatches(wanted, candidates, max = 3) {
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return [...new Set(candidates)]
        .map((c) => ({ c, d: editDistance(wanted, c) }))
        .filter(({ d }) => d <= limit)
        .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
        .slice(0, max)
        .map(({ c }) => c);
}
function declarations(pkg) {
    return pkg.files.flatMap((f) => f.info.declarations.map((decl) => ({ decl, file: f.path })));
}
const displayPkg = (program, importPath) => importPath === program.mainImportPath ? 'main' : importPath;
/** Packages worth suggesting from: the main module's (dependencies' variables are rarely meant). */
function ownPackages(program) {
    const main = program.packages.get(program.mainImportPath);
    return [...program.packages.values()].filter((p) => p.module !== '' && p.module === main?.module);
}
function describeKind(d) {
    if (d.kind === 'var')
        return `a variable of type ${d.type || 'inferred from a non-string value'}`;
    return { const: 'a constant', func: 'a function', type: 'a type' }[d.kind];
}
/**
 * Checks every requested -X target against one target's program. Default automatic values whose
 * variable is missing are skipped (with the reason); everything else that would not take effect is an
 * error naming the variable, the input, the target, and close matches found in the program.
 */
function checkInjections(program, requested, target) {
    const out = { accepted: [], skipped: [], errors: [] };
    const own = ownPackages(program);
    for (const req of requested) {
        const parsed = (0,src_ldflags/* parseXName */.vi)(req.name);
        const fail = (problem, hint, location) => {
            if (req.origin === 'auto-default') {
                out.skipped.push({ name: req.name, input: req.input, reason: problem });
                return;
            }
            // A service may read its port its own way (a flag, another variable): no -X is needed then.
            const portWay = req.input === 'port-var'
                ? ' Or, when the program reads its port its own way (a flag, another environment variable), set port-var: none.'
                : '';
            out.errors.push(new src_errors/* UserError */.yo(`-X ${req.name} (from '${req.input}') would not take effect for ${target}: ${problem}`, { hint: hint || portWay ? `${hint ?? ''}${portWay}`.trim() : undefined, location }));
        };
        if (!parsed) {
            fail('it is not an import path followed by a dot and a Go identifier');
            continue;
        }
        const { pkg: pkgName, ident } = parsed;
        if (pkgName !== 'main' && pkgName === program.mainImportPath) {
            fail(`${pkgName} is the main package, which the linker always calls 'main'`, `Use main.${ident}.`);
            continue;
        }
        const importPath = pkgName === 'main' ? program.mainImportPath : pkgName;
        const pkg = program.packages.get(importPath);
        if (!pkg) {
            // Maybe the variable lives elsewhere: suggest packages that declare it, and near package paths.
            const holders = own.filter((p) => declarations(p).some(({ decl }) => decl.kind === 'var' && decl.name === ident));
            const near = closeMatches(pkgName, own.map((p) => displayPkg(program, p.importPath)));
            const suggestions = [
                ...holders.map((p) => `${displayPkg(program, p.importPath)}.${ident}`),
                ...near.map((p) => `${p}.${ident}`),
            ];
            fail(`package ${pkgName} is not part of the program built from ${program.mainImportPath}`, suggestions.length > 0
                ? `Did you mean ${[...new Set(suggestions)].slice(0, 3).join(' or ')}?`
                : undefined);
            continue;
        }
        const decls = declarations(pkg);
        const found = decls.find(({ decl }) => decl.name === ident);
        const unreadable = pkg.files.find((f) => f.info.syntaxError);
        if (!found && unreadable) {
            // The compiler will reject that file and say why; do not guess about what it declares.
            out.accepted.push({ ...req, file: unreadable.path, line: unreadable.info.syntaxError.line });
            continue;
        }
        if (!found) {
            const vars = decls
                .filter(({ decl }) => decl.kind === 'var' && decl.isString !== 'no')
                .map(({ decl }) => decl.name);
            const local = closeMatches(ident, vars).map((n) => `${pkgName}.${n}`);
            const elsewhere = own
                .filter((p) => p !== pkg)
                .flatMap((p) => declarations(p)
                .filter(({ decl }) => decl.kind === 'var' && decl.name.toLowerCase() === ident.toLowerCase())
                .map(({ decl }) => `${displayPkg(program, p.importPath)}.${decl.name}`));
            const suggestions = [...local, ...elsewhere];
            fail(`package ${pkgName} has no package-level variable ${ident}`, suggestions.length > 0
                ? `Did you mean ${suggestions.slice(0, 3).join(' or ')}?`
                : `Declare it as a package-level string (var ${ident} string) in ${pkg.dir}.`);
            continue;
        }
        const { decl, file } = found;
        const where = { file, line: decl.line, column: decl.column };
        if (decl.kind !== 'var' || decl.isString === 'no') {
            fail(`${pkgName}.${ident} is ${describeKind(decl)}; -X can only set a package-level variable of type string`, decl.kind === 'const'
                ? `Change 'const ${ident}' to 'var ${ident}'.`
                : `Declare it as 'var ${ident} string'.`, where);
            continue;
        }
        out.accepted.push({ ...req, file, line: decl.line });
    }
    return out;
}
// Every variable and every target reads the same files: tokenize each once per process.
const tokenCache = new Map();
const readTokens = (path) => {
    let tokens = tokenCache.get(path);
    if (tokens === undefined) {
        tokens = tokenize((0,external_node_fs_.readFileSync)(path, 'utf8'));
        tokenCache.set(path, tokens);
    }
    return tokens;
};
/**
 * Accepted injections that the program's own code overwrites (overwrites.ts): looked for in the
 * declaring package (by plain name) and in the main module's packages that import it (qualified).
 */
function findOverwritten(program, accepted) {
    const out = [];
    const own = ownPackages(program);
    for (const inj of accepted) {
        const parsed = (0,src_ldflags/* parseXName */.vi)(inj.name);
        if (!parsed)
            continue;
        const declaring = parsed.pkg === 'main' ? program.mainImportPath : parsed.pkg;
        const candidates = new Set([program.packages.get(declaring), ...own].filter((p) => p !== undefined));
        for (const pkg of candidates) {
            const isMain = pkg.importPath === program.mainImportPath;
            for (const f of pkg.files) {
                if (f.info.syntaxError)
                    continue;
                let qualifier;
                if (pkg.importPath !== declaring) {
                    if (!f.info.imports.includes(declaring))
                        continue;
                    qualifier = importNames(readTokens(f.path)).get(declaring);
                    if (!qualifier || qualifier === '_' || qualifier === '.')
                        continue;
                }
                for (const overwrite of findOverwrites(readTokens(f.path), { ident: parsed.ident, qualifier }, isMain))
                    out.push({ injection: inj, file: f.path, overwrite });
            }
        }
    }
    return out;
}
const OVERWRITE_HINTS = {
    flag: (v) => `Pass the variable itself as the flag's default (…Var(&${v}, "name", ${v}, …)) so the -X value stays the default.`,
    init: () => 'Remove the assignment, or assign only when the variable is empty, so the -X value is kept.',
    main: () => 'Remove the assignment, or assign only when the variable is empty, so the -X value is kept.',
};
/**
 * What the user can set to build anyway, where they are: go-build-ldflags has overwritten-x; the one-step
 * action has not, but its *-var inputs take 'none' (the value is then not injected at all).
 */
function buildAnyway(input, chained) {
    if (!chained)
        return ' (set overwritten-x: warn to build anyway)';
    return input.endsWith('-var') ? ` (set ${input}: none to build without it)` : '';
}
/** The message for an -X value the program overwrites, at the overwriting file:line. */
function overwriteError(found, target, file, level, o = {}) {
    const { injection: inj, overwrite: ow } = found;
    const ident = inj.name.slice(inj.name.lastIndexOf('.') + 1);
    const where = ow.kind === 'flag' ? '' : ` in func ${ow.kind}`;
    const effect = ow.kind === 'flag' ? "replaces it with the flag's default" : 'replaces it';
    const change = level === 'error' ? buildAnyway(inj.input, o.chained) : '';
    // A port the program takes its own way needs no -X: tell the build so, and say how it reads the port.
    const portWay = o.isPort
        ? o.chained
            ? ' Or, without changing the source: port-var: none, with port-env naming the variable it reads or args passing the port (e.g. --port=$(PORT)).'
            : ' Or, without changing the source: port-var: none, and deploy with the port in the variable or flag the program reads.'
        : '';
    return new src_errors/* UserError */.yo(`-X ${inj.name} (from '${inj.input}') would not take effect for ${target}: ${ow.code}${where} at ${file}:${ow.line} ${effect} before the program reads it${change}`, {
        hint: `${OVERWRITE_HINTS[ow.kind](ident)}${portWay}`,
        location: { file: found.file, line: ow.line, column: ow.column },
    });
}

;// CONCATENATED MODULE: ./packages/go/src/compile/targets.ts
/*
 * Build targets (`linux/amd64`, `linux/arm/v7`, `linux/amd64/v3`): parsing, the environment each needs,
 * validation against the toolchain's own `go tool dist list` (cached per Go version), and output names.
 */





/** How a variant maps to the toolchain's environment, per GOARCH. */
const VARIANTS = {
    arm: { variable: 'GOARM', values: /^v[5-7]$/, toEnv: (v) => v.slice(1), form: 'v5, v6 or v7' },
    amd64: { variable: 'GOAMD64', values: /^v[1-4]$/, toEnv: (v) => v, form: 'v1, v2, v3 or v4' },
    // OCI writes arm64 variants as v8 / v8.2; GOARM64 wants v8.0 … v9.5.
    arm64: {
        variable: 'GOARM64',
        values: /^v(8(\.[0-9])?|9(\.[0-5])?)$/,
        toEnv: (v) => (v.includes('.') ? v : `${v}.0`),
        form: 'v8, v8.0 … v8.9, v9, v9.0 … v9.5',
    },
    '386': { variable: 'GO386', values: /^(sse2|softfloat)$/, toEnv: (v) => v, form: 'sse2 or softfloat' },
};
/** Every environment variable a target may set; cleared from the inherited environment first. */
const TARGET_VARIABLES = ['GOOS', 'GOARCH', ...Object.values(VARIANTS).map((v) => v.variable)];
class TargetError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'TargetError';
    }
}
/** Parses `os/arch[/variant]` (syntax only; supported pairs are checked against the toolchain). */
function parseTarget(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9._]+$/.test(p))) {
        throw new TargetError(`'${text}' is not a target`, 'Write targets as os/arch or os/arch/variant, e.g. linux/amd64, linux/arm/v7.');
    }
    const [os, arch, variant = ''] = parts;
    const env = { GOOS: os, GOARCH: arch };
    if (variant) {
        const spec = VARIANTS[arch];
        if (!spec) {
            throw new TargetError(`'${text}': ${arch} has no variants`, `Variants exist for ${Object.keys(VARIANTS).join(', ')}; write ${os}/${arch} instead.`);
        }
        if (!spec.values.test(variant))
            throw new TargetError(`'${text}': unknown ${arch} variant '${variant}'`, `Use ${spec.form}.`);
        env[spec.variable] = spec.toEnv(variant);
    }
    return { os, arch, variant, platform: variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`, env };
}
/**
 * The toolchain's supported os/arch pairs (`go tool dist list -json`). `go tool dist` is compiled on
 * first use in recent Go releases, so the list is cached in a file keyed by the exact Go version.
 */
async function distList(go, goVersion, cacheDir = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'goship-go-dist')) {
    const file = (0,external_node_path_.join)(cacheDir, `${goVersion.replace(/[^\w.-]/g, '_')}.json`);
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        // not cached yet (or unreadable): ask the toolchain
    }
    const { stdout } = await (0,exec/* exec */.m0)(go, ['tool', 'dist', 'list', '-json']);
    const list = JSON.parse(stdout);
    try {
        (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(list));
        (0,external_node_fs_.renameSync)(tmp, file); // atomic: parallel jobs never read half a file
    }
    catch {
        // a read-only temp dir only costs the next run one more `go tool dist list`
    }
    return list;
}
/** Errors for targets the toolchain cannot build, with close matches from its own list. */
function unsupportedTargets(targets, supported) {
    const pairs = supported.map((p) => `${p.GOOS}/${p.GOARCH}`);
    const set = new Set(pairs);
    return targets
        .filter((t) => !set.has(`${t.os}/${t.arch}`))
        .map((t) => {
        const near = closeMatches(`${t.os}/${t.arch}`, pairs);
        return new TargetError(`'${t.platform}' is not a target this Go toolchain can build`, near.length > 0
            ? `Did you mean ${near.join(' or ')}? (see \`go tool dist list\`)`
            : 'See `go tool dist list` for the supported os/arch pairs.');
    });
}
const OUTPUT_PLACEHOLDERS = ['{name}', '{os}', '{arch}', '{variant}', '{ext}', '{platform}'];
/** Executable file extension the go command itself would use. */
function executableExt(os, arch) {
    if (os === 'windows')
        return '.exe';
    if (arch === 'wasm')
        return '.wasm';
    return '';
}
/** Expands an output template (`dist/{name}_{os}_{arch}{variant}{ext}`); unknown placeholders are errors. */
function expandOutput(template, f) {
    const values = {
        name: f.name,
        os: f.target.os,
        arch: f.target.arch,
        variant: f.target.variant,
        ext: executableExt(f.target.os, f.target.arch),
        platform: f.target.platform.replace(/\//g, '_'),
    };
    return template.replace(/\{([^{}]*)\}/g, (whole, key) => {
        const v = values[key];
        if (v === undefined)
            throw new TargetError(`unknown placeholder ${whole} in the output template`, `Use ${OUTPUT_PLACEHOLDERS.join(', ')}.`);
        return v;
    });
}
/** What `go build` names a program: the last element of its import path, skipping a /vN major suffix. */
function programName(importPath) {
    const parts = importPath.split('/');
    let last = parts.pop() ?? importPath;
    if (/^v\d+$/.test(last) && parts.length > 1)
        last = parts.pop();
    return last;
}

;// CONCATENATED MODULE: ./packages/go/src/compile/options.ts
/*
 * The options of a Go build matrix, and the checks that need nothing but the options themselves (run
 * first, all problems collected, each naming its input).
 */





const FLAG_OWNERS = {
    '-o': 'output',
    '-ldflags': 'ldflags',
    '-trimpath': 'trimpath',
    '-buildvcs': 'buildvcs',
    '-tags': 'tags',
    '-modfile': 'modfile',
    '-mod': 'mod',
    '-C': 'working-directory',
};
/** go build flags that take no separate value (`-race x` makes x a package, not a value). */
const BOOLEAN_FLAGS = new Set('a n x v work race msan asan cover trimpath linkshared modcacherw json buildvcs i'
    .split(' ')
    .map((f) => `-${f}`));
/** A build tag as the go command reads it in -tags (comma separated, so no commas or spaces). */
const BUILD_TAG = /^[A-Za-z0-9_.]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * Arguments that reach argv must never be taken as a flag the user did not write: a package starting
 * with '-' (`-toolexec=…` runs any program), a stray positional in flags (it becomes a package), `--`.
 */
function argvProblems(o) {
    const errors = [];
    for (const p of o.packages) {
        if (p.startsWith('-'))
            errors.push(new src_errors/* InputError */.dz('package', `'${p}' starts with '-', which the go command would read as a flag`, 'a package directory (., ./cmd/server) or an import path', 'Build flags go in the flags input; a directory whose name starts with - can be given as ./-name.'));
        else if (CONTROL.test(p))
            errors.push(new src_errors/* InputError */.dz('package', `${JSON.stringify(p)} contains a control character`, 'a package path'));
    }
    // {name} becomes part of a path: one plain file name, never a way out of the output folder.
    if (o.name !== undefined && (!/^[A-Za-z0-9_+][A-Za-z0-9._+-]*$/.test(o.name) || o.name.includes('..')))
        errors.push(new src_errors/* InputError */.dz('name', `${JSON.stringify(o.name)} is not a plain program name`, 'letters, digits and . _ + - (not starting with . or -), without / or ..'));
    for (const t of o.tags) {
        if (!BUILD_TAG.test(t))
            errors.push(new src_errors/* InputError */.dz('tags', `'${t}' is not a build tag`, 'tags made of letters, digits, _ and . (e.g. netgo, osusergo), one per entry'));
    }
    let previous;
    for (const arg of o.flags) {
        if (arg === '--') {
            errors.push(new src_errors/* InputError */.dz('flags', "'--' ends the flags", 'go build flags only (the action passes the packages)'));
        }
        else if (!arg.startsWith('-')) {
            const takesValue = previous !== undefined &&
                previous !== '--' &&
                previous.startsWith('-') &&
                !previous.includes('=') &&
                !BOOLEAN_FLAGS.has(previous.replace(/^--/, '-'));
            if (!takesValue)
                errors.push(new src_errors/* InputError */.dz('flags', `'${arg}' is not a flag, nor the value of the flag before it${previous ? ` ('${previous}' takes none)` : ''}`, 'go build flags (-name or -name=value); packages go in the package input'));
            previous = undefined; // a value is not a flag
            continue;
        }
        previous = arg;
    }
    return errors;
}
const ENV_OWNERS = Object.fromEntries([
    ...TARGET_VARIABLES.map((v) => [v, 'targets (use a variant such as linux/arm/v7 or linux/amd64/v3)']),
    ['CGO_ENABLED', 'cgo'],
]);
/*
 * The version is injected by -X and then becomes an image tag, an OCI label, a Deployment annotation and
 * what the smoke test expects (docs/ARCHITECTURE.md "One version"): text that is not a version
 * (`1.2.3;rm -rf /`, spaces, quotes) is refused here, before anything is built with it.
 */
const VERSION_TEXT = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
const VERSION_FORM = 'a version such as 1.2.3, 1.2.3-rc.1 or 1.2.3-4-gabc1234 (letters, digits and . _ + -, at most 128 characters, starting with a letter or digit)';
const VERSION_HINT = 'Leave version empty to derive it from git, or pass the release tag without its prefix.';
/** Checks of the inputs alone (no toolchain needed); every problem is collected, in the order of the checks. */
function checkOptions(o) {
    const errors = argvProblems(o);
    const targets = parseTargets(o, errors);
    ownedSettingProblems(o, errors);
    packageProblems(o, errors);
    outputProblems(o, errors);
    linkerProblems(o, errors);
    valueProblems(o, errors);
    errors.push(...goprivateProblems(o.goprivate ?? []));
    return { targets, errors };
}
/** The targets input parsed; each one that is not a target or is listed twice is a problem. */
function parseTargets(o, errors) {
    const targets = [];
    for (const t of o.targets) {
        try {
            targets.push(parseTarget(t));
        }
        catch (err) {
            if (!(err instanceof TargetError))
                throw err;
            errors.push(new src_errors/* InputError */.dz('targets', err.message, 'os/arch or os/arch/variant (see `go tool dist list`)', err.hint));
        }
    }
    const seen = new Set();
    for (const t of targets) {
        if (seen.has(t.platform))
            errors.push(new src_errors/* InputError */.dz('targets', `'${t.platform}' is listed twice`, 'each target once'));
        seen.add(t.platform);
    }
    return targets;
}
/** Flags and env variables that the action sets from inputs of their own. */
function ownedSettingProblems(o, errors) {
    for (const arg of o.flags) {
        const flag = arg.replace(/^--/, '-').split('=')[0];
        const owner = FLAG_OWNERS[flag];
        if (owner)
            errors.push(new src_errors/* InputError */.dz('flags', `'${arg}' is set through the '${owner}' input`, `go build flags other than ${Object.keys(FLAG_OWNERS).join(' ')}`));
    }
    for (const [key] of o.env) {
        const owner = ENV_OWNERS[key];
        if (owner)
            errors.push(new src_errors/* InputError */.dz('env', `${key} is set by the action`, `other variables; set it through ${owner}`));
    }
}
/** package (main packages named one by one) and name (only with one package). */
function packageProblems(o, errors) {
    if (o.packages.length === 0)
        errors.push(new src_errors/* InputError */.dz('package', 'is empty', 'a main package such as . or ./cmd/server'));
    for (const p of o.packages) {
        if (p.includes('...'))
            errors.push(new src_errors/* InputError */.dz('package', `'${p}' is a pattern`, 'main packages named one by one (./cmd/a, ./cmd/b)'));
    }
    if (o.name !== undefined && o.packages.length > 1) {
        errors.push(new src_errors/* InputError */.dz('name', 'is set but several packages are built', 'no name (each program is named after its package)'));
    }
}
/** output: inside the workspace when relative, with {name} when several packages are built. */
function outputProblems(o, errors) {
    // Binaries are written where the template says: a relative one stays in the workspace (issue 11), unless
    // working-directory itself was given outside it.
    if (!(0,external_node_path_.isAbsolute)(o.output) && (0,paths/* isInside */.FK)(o.workspace, (0,external_node_path_.resolve)(o.workingDirectory))) {
        try {
            (0,paths/* confinedPath */.OR)((0,external_node_path_.relative)(o.workspace, (0,external_node_path_.resolve)(o.workingDirectory, o.output)) || '.', o.workspace, {
                input: 'output',
                expected: 'a path template inside the workspace, relative to working-directory, e.g. dist/{name}_{os}_{arch}{ext}',
                hint: 'Give an absolute path to write the binaries outside the repository.',
                shownAs: o.output,
            });
        }
        catch (e) {
            if (!(e instanceof src_errors/* InputError */.dz))
                throw e;
            errors.push(e);
        }
    }
    if (o.packages.length > 1 && !o.output.includes('{name}')) {
        errors.push(new src_errors/* InputError */.dz('output', `'${o.output}' has no {name} but several packages are built`, 'a template containing {name}'));
    }
}
/** modfile, ldflags and the values of x, as the go command and the linker read them. */
function linkerProblems(o, errors) {
    if (o.modfile !== undefined && !o.modfile.endsWith('.mod')) {
        const suggested = o.modfile.replace(/^go\.mod\.(.+)$/, 'go.$1.mod');
        errors.push(new src_errors/* InputError */.dz('modfile', `'${o.modfile}' does not end in .mod, which the go command requires (-modfile=… must have a .mod extension)`, 'a file such as go.prod.mod, with its sums in go.prod.sum', suggested !== o.modfile
            ? `Rename it to ${suggested} (and its go.sum to ${suggested.replace(/\.mod$/, '.sum')}).`
            : undefined));
    }
    try {
        (0,src_ldflags/* splitLdflags */.C$)(o.ldflags);
    }
    catch (err) {
        if (!(err instanceof src_ldflags/* LdflagsQuotingError */.Vh))
            throw err;
        errors.push(new src_errors/* InputError */.dz('ldflags', `${err.message}`, 'linker flags as the go command reads them (quote values with spaces in \'…\' or "…")'));
    }
    for (const [name, value] of o.x) {
        const problem = (0,src_ldflags/* ldflagsQuotingProblem */.ge)(`${name}=${value}`);
        if (problem)
            errors.push(new src_errors/* InputError */.dz('x', `the value of ${name} ${problem}`, 'a value without both quote kinds, or without whitespace'));
    }
}
/** version (text fit for a tag, a label, an annotation) and port (needed when port-var is given). */
function valueProblems(o, errors) {
    if (o.version !== undefined && !VERSION_TEXT.test(o.version)) {
        errors.push(new src_errors/* InputError */.dz('version', `'${o.version}' is not a version`, VERSION_FORM, VERSION_HINT));
    }
    if (o.vars.port?.explicit && o.port === undefined) {
        errors.push(new src_errors/* InputError */.dz('port', `is empty but port-var names ${o.vars.port.name}`, 'a TCP port number from 1 to 65535'));
    }
}
/** The environment every go command of the build inherits: ours minus target variables, plus `env`. */
function buildEnvironment(o) {
    const env = { ...(o.baseEnv ?? process.env) };
    for (const v of [...TARGET_VARIABLES, 'CGO_ENABLED'])
        delete env[v];
    for (const [k, v] of o.env)
        env[k] = v;
    const goprivate = o.goprivate ?? [];
    if (goprivate.length > 0)
        env.GOPRIVATE = [env.GOPRIVATE, ...goprivate].filter(Boolean).join(',');
    return env;
}

// EXTERNAL MODULE: ./packages/contract/src/version.ts
var version = __webpack_require__(85568);
// EXTERNAL MODULE: ./packages/kit/src/concurrency.ts
var concurrency = __webpack_require__(43595);
;// CONCATENATED MODULE: ./packages/go/src/compile/diagnostics.ts
/*
 * Compiler and linker messages from `go build` turned into file:line diagnostics (for annotations), with
 * the same problem in several targets reported once, naming the targets.
 */

const POSITIONED = /^(\S(?:.*?\S)?\.(?:go|s|c|h|cc|cpp|m|syso)):(\d+)(?::(\d+))?: (.*)$/;
/** Parses the stderr of `go build`. */
function parseBuildOutput(stderr) {
    const out = { diagnostics: [], other: [] };
    let last;
    for (const raw of stderr.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (line === '' || line.startsWith('# ')) {
            last = undefined;
            continue;
        }
        // Continuation lines (have/want details, "to add it: go get …") belong to the message above.
        if (/^\s/.test(line)) {
            if (last)
                last.message += `\n${line.trim()}`;
            else if (out.other.length > 0)
                out.other[out.other.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const m = POSITIONED.exec(line);
        if (m) {
            last = { file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, message: m[4] };
            out.diagnostics.push(last);
        }
        else {
            last = undefined;
            out.other.push(line);
        }
    }
    return out;
}
/** The annotation path: relative to the workspace when inside it (what GitHub resolves), else absolute. */
function annotationPath(file, buildDir, workspace) {
    const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(buildDir, file);
    const rel = (0,external_node_path_.relative)(workspace, abs);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel.split('\\').join('/');
}
/** Merges identical diagnostics from several targets, keeping first-seen order. */
function mergeDiagnostics(perTarget) {
    const byKey = new Map();
    for (const { target, diagnostics } of perTarget) {
        for (const d of diagnostics) {
            const key = `${d.file}:${d.line}:${d.column ?? ''}:${d.message}`;
            const seen = byKey.get(key);
            if (seen) {
                if (!seen.targets.includes(target))
                    seen.targets.push(target);
            }
            else
                byKey.set(key, { ...d, targets: [target] });
        }
    }
    return [...byKey.values()];
}
/** `main.port: cannot set with -X: not a var of type string (type:int)` → the variable and its type. */
function parseXTypeError(line) {
    const m = /^(\S+): cannot set with -X: not a var of type string \((?:type:)?([^)]*)\)$/.exec(line.trim());
    return m ? { symbol: m[1], type: m[2] } : undefined;
}

;// CONCATENATED MODULE: ./packages/go/src/compile/constraints.ts
/*
 * Which files of a package the go command compiles for a target: go/build's rules for file names
 * (`_test.go`, `_`/`.` prefixes, `*_GOOS_GOARCH.go` suffixes) and build constraints (`//go:build`, legacy
 * `// +build`), mirrored from go/build (build.go: goodOSArchFile, matchTag, shouldBuild). When a constraint
 * names a tag whose value depends on toolchain internals we do not model (GOEXPERIMENT defaults, some
 * architecture feature levels), evaluation reports `undefined` and the caller asks `go list` instead of
 * guessing.
 */
// internal/syslist: past, present and future names, used for file-name matching.
const KNOWN_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(' '));
const KNOWN_ARCH = new Set(('386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ' +
    'ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm').split(' '));
const UNIX_OS = new Set('aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '));
/** Architecture feature tags (`amd64.v2`, `arm.7`, `386.sse2`) when we can compute them; else undefined. */
function featureTags(ctx) {
    const { goarch, env } = ctx;
    const out = new Set();
    if (goarch === 'amd64') {
        const m = /^v([1-4])$/.exec(env.GOAMD64 || 'v1');
        if (!m)
            return undefined;
        for (let v = 1; v <= Number(m[1]); v++)
            out.add(`amd64.v${v}`);
    }
    else if (goarch === 'arm') {
        const m = /^([5-7])(,softfloat|,hardfloat)?$/.exec(env.GOARM || '7');
        if (!m)
            return undefined;
        for (let v = 5; v <= Number(m[1]); v++)
            out.add(`arm.${v}`);
    }
    else if (goarch === '386') {
        const v = env.GO386 || 'sse2';
        if (v !== 'sse2' && v !== 'softfloat')
            return undefined;
        out.add(`386.${v}`);
    }
    else {
        return undefined;
    }
    return out;
}
/** Whether a single build tag is satisfied; undefined when it depends on something we do not model. */
function matchTag(name, ctx) {
    if (name === 'cgo')
        return ctx.cgo;
    if (name === ctx.goos || name === ctx.goarch || name === 'gc')
        return true;
    if (name === 'linux' && ctx.goos === 'android')
        return true;
    if (name === 'solaris' && ctx.goos === 'illumos')
        return true;
    if (name === 'darwin' && ctx.goos === 'ios')
        return true;
    if (name === 'unix')
        return UNIX_OS.has(ctx.goos);
    if (ctx.tags.has(name))
        return true;
    const release = /^go1\.(\d+)$/.exec(name);
    if (release)
        return Number(release[1]) <= ctx.goMinor;
    if (name.startsWith('goexperiment.') || name === 'boringcrypto') {
        const exp = name === 'boringcrypto' ? 'boringcrypto' : name.slice('goexperiment.'.length);
        const set = (ctx.env.GOEXPERIMENT ?? '').split(',').map((s) => s.trim());
        if (set.includes(exp))
            return true;
        if (set.includes(`no${exp}`))
            return false;
        return undefined; // the toolchain's default experiments are not visible from outside
    }
    const feature = /^([a-z0-9]+)\.(.+)$/.exec(name);
    if (feature && KNOWN_ARCH.has(feature[1])) {
        if (feature[1] !== ctx.goarch)
            return false;
        return featureTags(ctx)?.has(name);
    }
    return false;
}
/** Parses and evaluates a `//go:build` expression (`linux && (amd64 || arm64) && !cgo`). */
function evalGoBuild(expr, ctx) {
    const tokens = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
    let pos = 0;
    const fail = () => {
        throw new Error(`invalid //go:build expression: ${expr}`);
    };
    // Three-valued logic: undefined (unknown) propagates unless the other side decides the result.
    const or = () => {
        let v = and();
        while (tokens[pos] === '||') {
            pos++;
            const r = and();
            v = v === true || r === true ? true : v === undefined || r === undefined ? undefined : false;
        }
        return v;
    };
    const and = () => {
        let v = not();
        while (tokens[pos] === '&&') {
            pos++;
            const r = not();
            v = v === false || r === false ? false : v === undefined || r === undefined ? undefined : true;
        }
        return v;
    };
    const not = () => {
        if (tokens[pos] === '!') {
            pos++;
            const v = not();
            return v === undefined ? undefined : !v;
        }
        return atom();
    };
    const atom = () => {
        const t = tokens[pos++];
        if (t === '(') {
            const v = or();
            if (tokens[pos++] !== ')')
                fail();
            return v;
        }
        if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t))
            return fail();
        return matchTag(t, ctx);
    };
    const v = or();
    if (pos !== tokens.length)
        fail();
    return v;
}
/** Legacy `// +build a,b c` lines: space = OR, comma = AND, `!` = NOT; all lines must hold. */
function evalPlusBuild(lines, ctx) {
    let all = true;
    for (const line of lines) {
        let any = false;
        for (const option of line.split(/\s+/).filter(Boolean)) {
            let every = true;
            for (const term of option.split(',')) {
                const neg = term.startsWith('!');
                const m = matchTag(neg ? term.slice(1) : term, ctx);
                const v = m === undefined ? undefined : neg ? !m : m;
                every =
                    every === false || v === false ? false : every === undefined || v === undefined ? undefined : true;
            }
            any =
                any === true || every === true ? true : any === undefined || every === undefined ? undefined : false;
        }
        all = all === false || any === false ? false : all === undefined || any === undefined ? undefined : true;
    }
    return all;
}
/** go/build's file-name rules: false for tests, hidden files and `_GOOS`/`_GOARCH` suffixes of other targets. */
function fileNameMatches(file, ctx) {
    if (!file.endsWith('.go') || file.endsWith('_test.go') || file.startsWith('_') || file.startsWith('.'))
        return false;
    const stem = file.split('.')[0];
    const us = stem.indexOf('_');
    if (us < 0)
        return true;
    const parts = stem.slice(us).split('_');
    const n = parts.length;
    if (n >= 2 && KNOWN_OS.has(parts[n - 2]) && KNOWN_ARCH.has(parts[n - 1])) {
        const a = matchTag(parts[n - 1], ctx);
        const o = matchTag(parts[n - 2], ctx);
        return a === false || o === false ? false : a === undefined || o === undefined ? undefined : true;
    }
    if (n >= 1 && (KNOWN_OS.has(parts[n - 1]) || KNOWN_ARCH.has(parts[n - 1])))
        return matchTag(parts[n - 1], ctx);
    return true;
}

;// CONCATENATED MODULE: ./packages/go/src/compile/program.ts
/*
 * The packages that make up one program for one target, as far as -X verification needs them: each
 * package's import path, name, the files the compiler reads for that target, and their declarations.
 *
 * Fast path (no process): the main module's packages, found by following imports from the main package
 * and selecting files with go/build's rules (constraints.ts). Fallback: `go list -deps` for that target,
 * used when the fast path cannot decide — a constraint on a tag whose value is internal to the toolchain,
 * a -X target outside the main module, a main package outside it, or workspace mode.
 */





/** The `module` line of a go.mod, and whether it requires anything (then a go.sum must exist). */
function readGoModHead(text) {
    const lines = text.split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, '').trim());
    const m = lines.map((l) => /^module\s+("?)([^"\s]+)\1$/.exec(l)).find(Boolean);
    return { module: m?.[2] ?? '', requires: lines.some((l) => /^require\b/.test(l)) };
}
const fileCache = new Map();
/** Parses a Go file once per process (every target shares the result). */
function readGoFile(path) {
    let info = fileCache.get(path);
    if (!info) {
        const src = (0,external_node_fs_.readFileSync)(path, 'utf8');
        try {
            info = scanGoFile(src);
        }
        catch (err) {
            if (!(err instanceof GoSyntaxError))
                throw err;
            // The build will fail on this file with the compiler's own message; keep what the header says.
            const header = readHeader(src);
            info = {
                packageName: /^\s*package\s+(\w+)/m.exec(src)?.[1] ?? '',
                imports: [],
                constraint: header.goBuild,
                plusBuild: header.plusBuild,
                declarations: [],
                usesCgo: false,
                syntaxError: { line: err.line, message: err.message },
            };
        }
        fileCache.set(path, info);
    }
    return info;
}
/** A file whose inclusion depends on something the fast path does not model; the caller runs `go list`. */
class UndecidableFile extends Error {
    path;
    constructor(path) {
        super(`cannot decide whether ${path} is part of the build without the go command`);
        this.path = path;
        this.name = 'UndecidableFile';
    }
}
/** Files of the package in `dir` that the compiler reads for `ctx`. */
function selectFiles(dir, ctx) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return undefined;
    }
    const files = [];
    for (const name of names) {
        const byName = fileNameMatches(name, ctx);
        if (byName === false)
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        if (!(0,external_node_fs_.statSync)(path).isFile())
            continue;
        if (byName === undefined)
            throw new UndecidableFile(path);
        const info = readGoFile(path);
        const byConstraint = info.constraint
            ? evalGoBuild(info.constraint, ctx)
            : evalPlusBuild(info.plusBuild, ctx);
        if (byConstraint === undefined)
            throw new UndecidableFile(path);
        if (!byConstraint)
            continue;
        if (info.usesCgo && !ctx.cgo)
            continue;
        files.push({ path, info });
    }
    return files;
}
/** Directory of an import path inside the main module, or undefined when a nested module owns it. */
function moduleDir(importPath, mod) {
    if (importPath !== mod.path && !importPath.startsWith(`${mod.path}/`))
        return undefined;
    const dir = (0,external_node_path_.join)(mod.root, importPath.slice(mod.path.length));
    // A go.mod between the root and the package makes it another module's package.
    for (let d = dir; d.length > mod.root.length; d = (0,external_node_path_.dirname)(d))
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'go.mod')))
            return undefined;
    return dir;
}
/** Import path of a directory inside the main module. */
function importPathOf(dir, mod) {
    const rel = (0,external_node_path_.relative)(mod.root, dir);
    if (rel.startsWith('..') || (0,external_node_path_.resolve)(mod.root, rel) !== (0,external_node_path_.resolve)(dir))
        return undefined;
    return rel === '' ? mod.path : `${mod.path}/${rel.split(external_node_path_.sep).join('/')}`;
}
/**
 * The fast path: the main module's packages reachable from the main package. Returns undefined when
 * it cannot decide (the caller falls back to go list).
 */
function scanProgram(mainDir, mod, ctx) {
    const mainImportPath = importPathOf(mainDir, mod);
    if (!mainImportPath || moduleDir(mainImportPath, mod) === undefined)
        return undefined;
    const packages = new Map();
    try {
        const queue = [mainImportPath];
        while (queue.length > 0) {
            const importPath = queue.shift();
            if (packages.has(importPath))
                continue;
            const dir = moduleDir(importPath, mod);
            if (!dir)
                continue; // another module's package: not needed unless a -X names it (checked by the caller)
            const files = selectFiles(dir, ctx);
            if (!files || files.length === 0) {
                if (importPath === mainImportPath)
                    return undefined; // let go list word the error
                continue; // the compiler reports a missing package itself
            }
            packages.set(importPath, {
                importPath,
                name: files[0].info.packageName,
                dir,
                files,
                module: mod.path,
            });
            for (const f of files)
                for (const imp of f.info.imports)
                    if (!packages.has(imp))
                        queue.push(imp);
        }
    }
    catch (err) {
        if (err instanceof UndecidableFile)
            return undefined;
        throw err;
    }
    return { mainImportPath, packages, complete: false, via: 'scan' };
}
/** Splits `go list -json` output (a stream of JSON objects) into objects. */
function parseJsonStream(text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && --depth === 0)
            out.push(JSON.parse(text.slice(start, i + 1)));
    }
    return out;
}
/** The fallback: every package of the program from `go list -deps` for the target's environment. */
async function listProgram(pkg, opts) {
    const fields = 'ImportPath,Name,Dir,GoFiles,CgoFiles,Module,Error,DepOnly';
    const res = await (0,exec/* exec */.m0)(opts.go, ['list', '-e', '-deps', `-json=${fields}`, ...opts.flags, '--', pkg], {
        cwd: opts.cwd,
        env: opts.env,
        allowFailure: true,
        signal: opts.signal,
    });
    if (res.code !== 0 && res.stdout.trim() === '') {
        throw new src_errors/* UserError */.yo(`go list ${pkg} failed: ${res.stderr.trim()}`);
    }
    const listed = parseJsonStream(res.stdout);
    const root = listed.find((p) => !p.DepOnly);
    if (!root)
        throw new src_errors/* UserError */.yo(`go list ${pkg} listed nothing: ${res.stderr.trim()}`);
    if (root.Error)
        throw new src_errors/* UserError */.yo(`package ${pkg}: ${root.Error.Err}`);
    const packages = new Map();
    for (const p of listed) {
        const dir = p.Dir ?? '';
        const names = [...(p.GoFiles ?? []), ...(p.CgoFiles ?? [])];
        // Only the main module's and named packages are ever inspected; parse lazily to keep this cheap.
        const files = [];
        let parsed = false;
        const entry = {
            importPath: p.ImportPath,
            name: p.Name ?? '',
            dir,
            module: p.Module?.Path ?? '',
            get files() {
                if (!parsed) {
                    parsed = true;
                    for (const n of names)
                        files.push({ path: (0,external_node_path_.join)(dir, n), info: readGoFile((0,external_node_path_.join)(dir, n)) });
                }
                return files;
            },
        };
        packages.set(p.ImportPath, entry);
    }
    return { mainImportPath: root.ImportPath, packages, complete: true, via: 'go list' };
}

;// CONCATENATED MODULE: ./packages/go/src/compile/modules.ts
/*
 * The module dependencies, checked before anything is built: `go list -deps` for every target loads the
 * build list the way `go build` will (same flags, same environment, so GOPROXY, GOPRIVATE, GONOSUMDB,
 * GOFLAGS and the module cache apply), downloads what is missing and checks each download against go.sum.
 * A hash that does not match, or a module go.sum does not list, stops the whole matrix here, named with
 * its version and what to run, at the go.sum or go.mod line — instead of one target failing mid-build
 * while the others go on. `-mod=readonly` (toolchain.ts) keeps the go command from fixing go.sum itself.
 */





/** The `require` lines of a go.mod: module → version and line (1-based). */
function readRequires(text) {
    const out = new Map();
    let inBlock = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const l = raw.replace(/\/\/.*$/, '').trim();
        if (inBlock) {
            if (l === ')')
                inBlock = false;
            else {
                const m = /^("?)(\S+?)\1\s+(\S+)$/.exec(l);
                if (m)
                    out.set(m[2], { version: m[3], line: i + 1 });
            }
            return;
        }
        if (/^require\s*\($/.test(l))
            inBlock = true;
        const m = /^require\s+("?)(\S+?)\1\s+(\S+)$/.exec(l);
        if (m)
            out.set(m[2], { version: m[3], line: i + 1 });
    });
    return out;
}
const MISMATCH = /verifying (\S+?)@(\S+?)(\/go\.mod)?: checksum mismatch\s*\n\s*downloaded: (\S+)\s*\n\s*go\.sum: +(\S+)/g;
const MISSING_GOMOD_SUM = /(\S+?)@(v\S+?): missing go\.sum entry for go\.mod file/g;
/** A module server or a git host that wants credentials the build did not give (or refused them). */
const REFUSED_HTTP = /(\S+?)@(v\S+?): reading (https?:\/\/\S+?): ((?:401|403) [A-Za-z ]+)/g;
const REFUSED_GIT = /(\S+?)@(v\S+?): invalid version: git [^\n]*\n(?:\s*fatal: [^\n]*\n)*?\s*fatal: could not read Username for '(https:\/\/[^']+)'/g;
const MISSING_MODULE_SUM = /missing go\.sum entry for module providing package (\S+?)(?: \(imported by (\S+?)\))?[;:\s]/g;
/**
 * Module problems in what `go list -e -deps -json` printed (package errors) and in its stderr (a failure
 * that stops loading, such as a checksum mismatch). `requires` resolves the module of a package that
 * has no go.sum entry (the go command names the package only).
 */
function parseModuleProblems(text, requires) {
    const found = new Map();
    const add = (p) => {
        const key = `${p.kind}\0${p.module}\0${p.version}\0${p.goModOnly}`;
        if (!found.has(key))
            found.set(key, p);
    };
    for (const m of text.matchAll(MISMATCH))
        add({
            kind: 'checksum-mismatch',
            module: m[1],
            version: m[2],
            goModOnly: Boolean(m[3]),
            downloaded: m[4],
            recorded: m[5],
        });
    const refusals = [
        ...[...text.matchAll(REFUSED_HTTP)].map((m) => ({ m, status: m[4].trim() })),
        ...[...text.matchAll(REFUSED_GIT)].map((m) => ({
            m,
            status: 'git asked for a user name (no credentials for that host)',
        })),
    ];
    for (const { m, status } of refusals)
        add({ kind: 'refused', module: m[1], version: m[2], goModOnly: false, url: m[3], status });
    for (const m of text.matchAll(MISSING_GOMOD_SUM))
        add({ kind: 'missing-sum', module: m[1], version: m[2], goModOnly: true });
    for (const m of text.matchAll(MISSING_MODULE_SUM)) {
        const pkg = m[1];
        // The longest required module path that the package is in.
        const module = [...requires.keys()]
            .filter((r) => pkg === r || pkg.startsWith(`${r}/`))
            .sort((a, b) => b.length - a.length)[0];
        add({
            kind: 'missing-sum',
            module: module ?? pkg,
            version: module ? requires.get(module).version : '',
            goModOnly: false,
            neededBy: m[2] ?? undefined,
        });
    }
    // A missing go.mod hash is reported for the same module as its missing content hash: name it once.
    return [...found.values()].filter((p) => !(p.kind === 'missing-sum' &&
        !p.goModOnly &&
        [...found.values()].some((q) => q !== p && q.kind === 'missing-sum' && q.module === p.module && q.version === p.version)));
}
/** Module problems in the output of `go list -e -deps -json=ImportPath,Error`: package errors and stderr. */
function listedProblems(stdout, stderr, requires) {
    const errors = parseJsonStream(stdout)
        .map((p) => p.Error?.Err ?? '')
        .filter(Boolean);
    return parseModuleProblems(`${errors.join('\n')}\n${stderr}`, requires);
}
/** The line of go.sum that holds the hash of `p`, else the go.mod line that requires it. */
function locate(p, files) {
    const at = (file, line) => ({
        file: annotationPath(file, files.cwd, files.workspace),
        line,
    });
    if (p.kind === 'checksum-mismatch' && (0,external_node_fs_.existsSync)(files.gosum)) {
        const prefix = `${p.module} ${p.version}${p.goModOnly ? '/go.mod' : ''} `;
        const i = (0,external_node_fs_.readFileSync)(files.gosum, 'utf8')
            .split(/\r?\n/)
            .findIndex((l) => l.startsWith(prefix));
        if (i >= 0)
            return at(files.gosum, i + 1);
    }
    if ((0,external_node_fs_.existsSync)(files.gomod)) {
        const req = readRequires((0,external_node_fs_.readFileSync)(files.gomod, 'utf8')).get(p.module);
        if (req)
            return at(files.gomod, req.line);
    }
    return undefined;
}
/** One problem as the user reads it: what is wrong with which module, where, and what to run. */
function moduleError(p, files, targets) {
    const at = p.version ? `${p.module}@${p.version}` : p.module;
    const sum = files.gosum.replace(/^.*[\\/]/, '');
    const dir = annotationPath((0,external_node_path_.dirname)(files.gomod), files.cwd, files.workspace) || '.';
    const forTargets = targets.length > 0 ? ` (${targets.join(', ')})` : '';
    if (p.kind === 'checksum-mismatch') {
        const what = p.goModOnly ? `the go.mod file of ${at}` : at;
        return new src_errors/* UserError */.yo(`${sum} does not match the download of ${what}${forTargets}: downloaded ${p.downloaded}, ${sum} has ${p.recorded}`, {
            hint: `If ${sum} was edited by hand or a merge went wrong: delete the lines of ${p.module} ${p.version} from ${sum}, ` +
                `run \`go mod download ${p.module}\` (or \`go mod tidy\`) in ${dir} and commit ${sum}. ` +
                `If ${sum} is right, the module proxy served other code for the same version: do not build it until you know why (go help module-auth).`,
            location: locate(p, files),
        });
    }
    if (p.kind === 'refused')
        return refusedError(p, at, forTargets, files);
    const entry = p.goModOnly ? `the go.mod hash of ${at}` : at;
    return new src_errors/* UserError */.yo(`${sum} has no entry for ${entry}${p.neededBy ? `, needed by ${p.neededBy}` : ''}${forTargets}; the build does not change ${sum} (-mod=readonly)`, {
        hint: `Run \`go mod download ${p.module}\` (or \`go mod tidy\`) in ${dir} and commit ${sum}.`,
        location: locate(p, files),
    });
}
/**
 * A download the server refused: the module is private (or the credentials are wrong). The hint names the
 * machine line the netrc input needs — the host with its port, which the go command matches (Go 1.24+).
 */
function refusedError(p, at, forTargets, files) {
    const machine = (() => {
        try {
            return new URL(p.url ?? '').host;
        }
        catch {
            return 'HOST';
        }
    })();
    return new src_errors/* UserError */.yo(`could not download ${at}${forTargets}: ${p.url} answered ${p.status}`, {
        hint: `A private module needs its credentials in the netrc input (machine ${machine} login USER password \${{ secrets.TOKEN }}) ` +
            `and its path in goprivate (e.g. ${p.module.split('/')[0]}/*). If netrc already names ${machine}, the login or password was refused.`,
        location: locate(p, files),
    });
}
/**
 * Loads every target's dependencies; throws every module problem found (merged across targets) before
 * any build starts. Problems that are not about modules are left to the build, which words them itself.
 */
async function checkModules(c) {
    const requires = (0,external_node_fs_.existsSync)(c.files.gomod)
        ? readRequires((0,external_node_fs_.readFileSync)(c.files.gomod, 'utf8'))
        : new Map();
    const perTarget = await (0,concurrency/* mapLimit */.s)(c.targets, c.parallel, async (t) => {
        const res = await (0,exec/* exec */.m0)(c.go, ['list', '-e', '-deps', '-json=ImportPath,Error', ...c.flags, '--', ...c.packages], { cwd: c.cwd, env: t.env, allowFailure: true, signal: c.signal });
        return { platform: t.platform, problems: listedProblems(res.stdout, res.stderr, requires) };
    });
    const merged = new Map();
    for (const { platform, problems } of perTarget)
        for (const p of problems) {
            const key = `${p.kind}\0${p.module}\0${p.version}\0${p.goModOnly}`;
            const seen = merged.get(key) ?? { p, targets: [] };
            seen.targets.push(platform);
            merged.set(key, seen);
        }
    if (merged.size === 0)
        return;
    const all = c.targets.length;
    const errors = [...merged.values()].map(({ p, targets }) => moduleError(p, c.files, all > 1 && targets.length < all ? targets : []));
    throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} module dependencies cannot be used; nothing was built`);
}
/** go.sum of the main module (x.sum for a modfile x.mod), as the go command reads it. */
function sumFileOf(gomod) {
    return gomod.endsWith('.mod') ? gomod.replace(/\.mod$/, '.sum') : (0,external_node_path_.join)((0,external_node_path_.dirname)(gomod), 'go.sum');
}

;// CONCATENATED MODULE: ./packages/go/src/compile/toolchain.ts
/*
 * What the Go toolchain says about the module and the targets, asked once per build: `go env -json`,
 * `go tool dist list`, the main module's go.mod (or the modfile input).
 */





async function inspectToolchain(o, go, env, parsed) {
    const cwd = o.workingDirectory;
    const fields = ['GOVERSION', 'GOMOD', 'GOWORK', 'GOHOSTOS', 'GOHOSTARCH', 'GOFLAGS'];
    const goEnv = parseGoEnv(go, (await (0,exec/* exec */.m0)(go, ['env', '-json', ...fields], { cwd, env, signal: o.signal })).stdout);
    const gomod = goEnv.GOMOD ?? '';
    if (!gomod || gomod === '/dev/null' || gomod === 'NUL') {
        throw new src_errors/* InputError */.dz('working-directory', `${cwd} is not inside a Go module (no go.mod here or above)`, 'the directory of a Go module', 'Set working-directory to the folder that contains go.mod.');
    }
    const goVersion = goEnv.GOVERSION ?? '';
    const targets = parsed.length > 0 ? parsed : [parseTarget(`${goEnv.GOHOSTOS}/${goEnv.GOHOSTARCH}`)];
    const unsupported = unsupportedTargets(targets, await distList(go, goVersion));
    if (unsupported.length > 0) {
        throw (0,src_errors/* aggregate */.QD)(unsupported.map((e) => new src_errors/* InputError */.dz('targets', e.message, 'a pair listed by `go tool dist list`', e.hint)), `${unsupported.length} targets are not supported by ${goVersion}`);
    }
    const workspaceMode = Boolean(goEnv.GOWORK && goEnv.GOWORK !== 'off');
    const mainHead = readGoModHead((0,external_node_fs_.readFileSync)(gomod, 'utf8'));
    const mod = { root: (0,external_node_path_.dirname)(gomod), path: mainHead.module };
    let modFile = gomod;
    let requires = mainHead.requires;
    if (o.modfile !== undefined) {
        const modfile = (0,external_node_path_.resolve)(cwd, o.modfile);
        if (!(0,external_node_fs_.existsSync)(modfile)) {
            throw new src_errors/* InputError */.dz('modfile', `${o.modfile} does not exist (looked for ${modfile})`, 'an existing go.mod variant, e.g. go.prod.mod');
        }
        if (workspaceMode)
            throw new src_errors/* InputError */.dz('modfile', 'cannot be used in workspace mode (a go.work applies here)', 'no modfile, or GOWORK=off in env');
        const head = readGoModHead((0,external_node_fs_.readFileSync)(modfile, 'utf8'));
        // cmd/go reads the sums of x.mod from x.sum; they are only needed when something is required.
        const sum = modfile.replace(/\.mod$/, '.sum');
        if (head.requires && !(0,external_node_fs_.existsSync)(sum)) {
            throw new src_errors/* InputError */.dz('modfile', `${o.modfile} requires modules but ${(0,external_node_path_.basename)(sum)} is missing next to it`, `a matching ${(0,external_node_path_.basename)(sum)}`, `Create it with: go mod tidy -modfile=${o.modfile}`);
        }
        if (head.module)
            mod.path = head.module;
        modFile = modfile;
        requires = head.requires;
    }
    const goflagsTags = /(?:^|\s)--?tags=(\S*)/
        .exec(goEnv.GOFLAGS ?? '')?.[1]
        ?.split(',')
        .filter(Boolean) ?? [];
    return {
        goVersion,
        goMinor: Number(/^go1\.(\d+)/.exec(goVersion)?.[1] ?? 0),
        targets,
        mod,
        workspaceMode,
        tags: new Set(o.tags.length > 0 ? o.tags : goflagsTags),
        loadFlags: [
            ...(o.tags.length > 0 ? [`-tags=${o.tags.join(',')}`] : []),
            ...(o.modfile !== undefined ? [`-modfile=${o.modfile}`] : []),
            ...modFlag(o.mod, goEnv, mod.root, workspaceMode),
        ],
        gomod: modFile,
        requires,
    };
}
/**
 * -mod for the build: the mod input; else none when GOFLAGS has one (the user's choice, which the go command
 * reads from there) or a vendor directory makes -mod=vendor the go command's default; else -mod=readonly, so
 * that no build ever rewrites go.mod or go.sum to make itself pass (also allowed in workspace mode).
 */
function modFlag(mod, goEnv, root, workspaceMode) {
    if (mod !== undefined)
        return [`-mod=${mod}`];
    if (/(?:^|\s)--?mod=/.test(goEnv.GOFLAGS ?? ''))
        return [];
    const vendorRoot = workspaceMode ? (0,external_node_path_.dirname)(goEnv.GOWORK ?? '') : root;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(vendorRoot, 'vendor', 'modules.txt')))
        return [];
    return ['-mod=readonly'];
}
/**
 * `go env -json`'s answer. A toolchain that prints something else is not a working go command (a
 * wrapper script, a stub, a half-extracted cache entry): say which one, not "Unexpected token".
 */
function parseGoEnv(go, stdout) {
    try {
        const parsed = JSON.parse(stdout);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    const first = stdout.trim().split('\n')[0]?.slice(0, 120) ?? '';
    throw new src_errors/* UserError */.yo(`${go} is not a working Go toolchain: \`go env -json\` printed ${first ? `"${first}"` : 'nothing'} instead of JSON`, {
        hint: 'Check which go setup-go put on PATH (its go-root output); remove a broken tool-cache entry and run again.',
    });
}

;// CONCATENATED MODULE: ./packages/go/src/compile/plan.ts
/*
 * Planning a build matrix: everything that can be wrong is found here, before any file is written —
 * targets the toolchain cannot build, a missing package or modfile, -X targets that would not take
 * effect, values the go command could not read back, outputs that collide.
 */












/** The -X injections asked for: automatic values (unless their variable is also in x), x, -X in ldflags. */
function requestedInjections(o, values) {
    const auto = [
        ['version', 'version-var', values.version || undefined],
        ['commit', 'commit-var', values.commit || undefined],
        ['date', 'date-var', values.date || undefined],
        ['port', 'port-var', o.port !== undefined ? String(o.port) : undefined],
    ];
    const xNames = new Set(o.x.map(([k]) => k));
    const requested = [];
    const conflicts = [];
    for (const [key, input, value] of auto) {
        const v = o.vars[key];
        if (!v || value === undefined)
            continue;
        if (xNames.has(v.name)) {
            if (v.explicit)
                conflicts.push(new src_errors/* InputError */.dz(input, `${v.name} is also set in x`, 'each variable set once'));
            continue; // the user's own value for the default variable wins
        }
        requested.push({ name: v.name, value, origin: v.explicit ? 'auto-explicit' : 'auto-default', input });
    }
    if (conflicts.length > 0)
        throw (0,src_errors/* aggregate */.QD)(conflicts, 'conflicting inputs');
    for (const [name, value] of o.x)
        requested.push({ name, value, origin: 'x', input: 'x' });
    for (const { name, value } of (0,src_ldflags/* findInjections */._g)((0,src_ldflags/* splitLdflags */.C$)(o.ldflags)))
        requested.push({ name, value, origin: 'ldflags', input: 'ldflags' });
    return requested;
}
/** The program built from `pkg` for `target`: the fast scan when it can decide, else go list. */
async function programFor(o, go, tc, pkg, env, target, requested) {
    const cwd = o.workingDirectory;
    const { mod } = tc;
    const local = pkg === '.' || pkg === '..' || pkg.startsWith('./') || pkg.startsWith('../') || (0,external_node_path_.isAbsolute)(pkg);
    const inModule = (p) => Boolean(mod.path) && (p === mod.path || p.startsWith(`${mod.path}/`));
    const mainDir = local
        ? (0,external_node_path_.resolve)(cwd, pkg)
        : inModule(pkg)
            ? (0,external_node_path_.join)(mod.root, pkg.slice(mod.path.length))
            : undefined;
    if (local && !(0,external_node_fs_.existsSync)(mainDir)) {
        throw new src_errors/* InputError */.dz('package', `${pkg} does not exist (resolved to ${mainDir})`, 'the directory of a main package, relative to working-directory');
    }
    const xPackages = requested
        .map((r) => r.name.slice(0, r.name.lastIndexOf('.')))
        .filter((p) => p !== 'main');
    if (mainDir && tc.goMinor > 0 && !tc.workspaceMode && xPackages.every(inModule)) {
        const ctx = {
            goos: target.os,
            goarch: target.arch,
            cgo: o.cgo,
            tags: tc.tags,
            goMinor: tc.goMinor,
            env,
        };
        const scanned = scanProgram(mainDir, mod, ctx);
        if (scanned)
            return scanned;
    }
    return listProgram(pkg, { go, cwd, env, flags: tc.loadFlags, signal: o.signal }).catch((err) => {
        if (!(err instanceof src_errors/* UserError */.yo))
            throw err;
        throw new src_errors/* InputError */.dz('package', err.message.replace(/^package \S+: /, `${pkg}: `), 'a main package that exists for every target');
    });
}
function jobFor(o, tc, pkg, target, env, program, check) {
    const cwd = o.workingDirectory;
    const name = o.name ?? programName(program.mainImportPath);
    let ldflags;
    try {
        const inject = check.accepted
            .filter((a) => a.origin !== 'ldflags')
            .map(({ name: n, value }) => ({ name: n, value }));
        ldflags = (0,src_ldflags/* composeLdflags */.eB)({ strip: o.strip, emptyBuildId: true, inject, extra: o.ldflags });
    }
    catch (err) {
        if (!(err instanceof src_ldflags/* LdflagsQuotingError */.Vh))
            throw err;
        throw new src_errors/* InputError */.dz('ldflags', err.message, 'linker flags the go command can read');
    }
    let output;
    try {
        output = (0,external_node_path_.resolve)(cwd, expandOutput(o.output, { name, target }));
    }
    catch (err) {
        if (!(err instanceof TargetError))
            throw err;
        throw new src_errors/* InputError */.dz('output', err.message, 'a path template', err.hint);
    }
    // sha256sums.txt escapes nothing: keep names that need no escaping.
    if (/[\n\\]/.test((0,external_node_path_.relative)(cwd, output)))
        throw new src_errors/* InputError */.dz('output', `'${output}' contains a newline or backslash`, 'a plain relative path');
    const args = [
        'build',
        '-o',
        output,
        ...(o.trimpath ? ['-trimpath'] : []),
        `-buildvcs=${o.buildvcs}`,
        `-ldflags=${ldflags.ldflags}`,
        ...tc.loadFlags,
        ...o.flags,
        '--', // the package is never a flag, whatever it looks like
        pkg,
    ];
    return { name, pkg, target, output, ldflags, injections: check.accepted, env, args };
}
async function planBuild(o) {
    const { targets: parsedTargets, errors } = checkOptions(o);
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} inputs are not valid`);
    const go = o.go ?? 'go';
    const cwd = o.workingDirectory;
    if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        throw new src_errors/* InputError */.dz('working-directory', `${cwd} is not a directory`, 'a directory inside the checkout');
    }
    const baseEnv = buildEnvironment(o);
    const { tc, toolchainMs, source, sourceMs } = await toolchainAndSource(o, go, baseEnv, parsedTargets);
    const epoch = (0,version/* sourceDateEpoch */.pA)(baseEnv);
    const values = {
        version: o.version ?? source?.version ?? '',
        commit: source?.commit ?? '',
        date: source?.commitTime ?? (epoch !== undefined ? (0,version/* rfc3339 */.ag)(epoch) : ''),
    };
    const requested = requestedInjections(o, values);
    const parallel = Math.max(1, o.parallel ?? (0,external_node_os_.availableParallelism)());
    const envOf = (t) => ({ ...baseEnv, ...t.env, CGO_ENABLED: o.cgo ? '1' : '0' });
    const t0 = performance.now();
    if (tc.requires || tc.workspaceMode) {
        const files = { gomod: tc.gomod, gosum: sumFileOf(tc.gomod), cwd, workspace: o.workspace };
        const targets = tc.targets.map((t) => ({ platform: t.platform, env: envOf(t) }));
        await checkModules({
            go,
            cwd,
            packages: o.packages,
            targets,
            flags: tc.loadFlags,
            files,
            parallel,
            signal: o.signal,
        });
    }
    const t1 = performance.now();
    const matrix = o.packages.flatMap((pkg) => tc.targets.map((target) => ({ pkg, target })));
    const programs = await (0,concurrency/* mapLimit */.s)(matrix, parallel, async ({ pkg, target }) => {
        const env = envOf(target);
        return { pkg, target, env, program: await programFor(o, go, tc, pkg, env, target, requested) };
    });
    const planned = planJobs(o, tc, programs, requested);
    reportVerification(o, planned);
    return {
        go,
        goVersion: tc.goVersion,
        workingDirectory: cwd,
        workspace: o.workspace,
        jobs: planned.jobs,
        parallel,
        source,
        ...values,
        skipped: [...planned.skipped.values()],
        timings: { toolchainMs, sourceMs, modulesMs: t1 - t0, verifyMs: performance.now() - t1 },
        verifiedVia: programs.map((p) => p.program.via),
    };
}
/** The toolchain facts and the git description (when it is needed) are independent: asks for them together. */
async function toolchainAndSource(o, go, baseEnv, parsedTargets) {
    const cwd = o.workingDirectory;
    const t0 = performance.now();
    const needSource = o.version === undefined || o.vars.commit !== undefined || o.vars.date !== undefined;
    const sourcePromise = needSource
        ? (0,version/* describeSource */.B6)(cwd, { env: baseEnv, tagPrefix: o.tagPrefix, signal: o.signal }).then((s) => ({ s, ms: performance.now() - t0 }), (err) => ({ err, ms: performance.now() - t0 }))
        : undefined;
    const tc = await inspectToolchain(o, go, baseEnv, parsedTargets);
    const toolchainMs = performance.now() - t0;
    let source;
    let sourceMs = 0;
    if (sourcePromise) {
        const r = await sourcePromise;
        sourceMs = r.ms;
        // Without git, an explicit version still builds; commit and date are then unknown.
        if ('err' in r) {
            if (o.version === undefined || o.vars.commit?.explicit || o.vars.date?.explicit)
                throw r.err;
        }
        else
            source = r.s;
    }
    return { tc, toolchainMs, source, sourceMs };
}
/** Per program: a main package, its -X injections checked, a job whose output no other job writes. */
function planJobs(o, tc, programs, requested) {
    const cwd = o.workingDirectory;
    const planned = { jobs: [], skipped: new Map(), verifyErrors: [], warnings: new Map() };
    const { jobs, skipped, verifyErrors } = planned;
    const outputs = new Map();
    for (const { pkg, target, env, program } of programs) {
        const main = program.packages.get(program.mainImportPath);
        if (main && main.name !== 'main') {
            throw new src_errors/* InputError */.dz('package', `${pkg} is package ${main.name}, not a command`, 'a main package (package main)', 'go build writes no program for a library package.');
        }
        const check = checkInjections(program, requested, target.platform);
        verifyErrors.push(...check.errors);
        if (o.overwrittenX !== 'ignore')
            collectOverwritten(o, o.overwrittenX, program, check, target, planned);
        for (const s of check.skipped) {
            const key = `${s.name}\0${s.reason}`;
            const entry = skipped.get(key) ?? { ...s, targets: [] };
            entry.targets.push(target.platform);
            skipped.set(key, entry);
        }
        const job = jobFor(o, tc, pkg, target, env, program, check);
        const clash = outputs.get(job.output);
        if (clash) {
            throw new src_errors/* InputError */.dz('output', `${pkg} for ${target.platform} and ${clash} would both be written to ${(0,external_node_path_.relative)(cwd, job.output)}`, 'a template that differs per target, e.g. with {os}, {arch} and {variant}');
        }
        outputs.set(job.output, `${pkg} for ${target.platform}`);
        jobs.push(job);
    }
    return planned;
}
/** -X targets the program overwrites at run time: errors or warnings, by overwritten-x (the port: an error). */
function collectOverwritten(o, overwrittenX, program, check, target, planned) {
    const cwd = o.workingDirectory;
    const { verifyErrors, warnings } = planned;
    for (const found of findOverwritten(program, check.accepted)) {
        const isPort = o.vars.port !== undefined && found.injection.name === o.vars.port.name;
        const level = overwrittenX ?? (isPort ? 'error' : 'warn');
        const err = overwriteError(found, target.platform, annotationPath(found.file, cwd, o.workspace), level, {
            chained: o.chained,
            isPort,
        });
        if (level === 'error')
            verifyErrors.push(err);
        else {
            const key = `${found.injection.name}\0${found.file}:${found.overwrite.line}`;
            const seen = warnings.get(key) ?? { err, targets: [] };
            seen.targets.push(target.platform);
            warnings.set(key, seen);
        }
    }
}
/** Reports the warnings (even when errors stop the build), then throws the -X errors, merged across targets. */
function reportVerification(o, planned) {
    const cwd = o.workingDirectory;
    const { warnings, verifyErrors } = planned;
    const warned = mergeTargets([...warnings.values()].flatMap(({ err, targets }) => targets.map((t) => new src_errors/* UserError */.yo(err.message.replace(/ for \S+: /, ` for ${t}: `), {
        hint: err.hint,
        location: err.location && {
            ...err.location,
            file: annotationPath(err.location.file, cwd, o.workspace),
        },
    }))));
    for (const w of warned)
        o.onWarning?.(w);
    if (verifyErrors.length > 0) {
        // Locations relative to the workspace, as annotations need them.
        const located = mergeTargets(verifyErrors).map((e) => e.location
            ? new src_errors/* UserError */.yo(e.message, {
                hint: e.hint,
                location: { ...e.location, file: annotationPath(e.location.file, cwd, o.workspace) },
            })
            : e);
        throw (0,src_errors/* aggregate */.QD)(located, `${located.length} -X targets would not take effect`);
    }
}
/** The same problem found for several targets is reported once, naming them all. */
function mergeTargets(errors) {
    const byProblem = new Map();
    for (const e of errors) {
        const m = / would not take effect for (\S+): /.exec(e.message);
        const key = m ? e.message.replace(m[0], ' would not take effect for * : ') : e.message;
        const seen = byProblem.get(key);
        if (seen && m)
            seen.targets.push(m[1]);
        else
            byProblem.set(key, { err: e, targets: m ? [m[1]] : [] });
    }
    return [...byProblem.values()].map(({ err, targets }) => targets.length > 1
        ? new src_errors/* UserError */.yo(err.message.replace(` for ${targets[0]}: `, ` for ${targets.join(', ')}: `), {
            hint: err.hint,
            location: err.location,
        })
        : err);
}

// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var summary = __webpack_require__(55300);
;// CONCATENATED MODULE: ./packages/go/src/compile/report.ts
/*
 * What a build matrix tells the user: the job summary (targets, sizes, digests, injected values, times)
 * and the failures as located errors (compiler messages at file:line, -X type errors at the variable).
 */


function renderSummary(plan, report) {
    const built = new Map(report.artifacts.map((a) => [`${a.name} ${a.platform}`, a]));
    const failed = new Map(report.failed.map((f) => [`${f.name} ${f.platform}`, f]));
    const rows = plan.jobs.map((job) => {
        const key = `${job.name} ${job.target.platform}`;
        const a = built.get(key);
        const f = failed.get(key);
        const file = (0,summary/* code */.aY)(relativeTo(plan.workingDirectory, job.output));
        if (a)
            return ['✅', job.target.platform, file, (0,summary/* formatBytes */.z3)(a.size), (0,summary/* code */.aY)(a.sha256), (0,summary/* formatMs */._V)(a.durationMs)];
        if (f) {
            // The first problem, where the digest would be: enough to see why without opening the log.
            const d = f.output.diagnostics[0];
            const why = d
                ? `${d.file.replace(/^\.\//, '')}:${d.line}: ${d.message.split('\n')[0]}`
                : (f.output.other[0] ?? `exit code ${f.exitCode}`);
            return ['❌ failed', job.target.platform, file, '', why, (0,summary/* formatMs */._V)(f.durationMs)];
        }
        return ['—', job.target.platform, file, '', '', ''];
    });
    // Injected values: one row per variable; a column of targets only when they differ.
    const byVar = new Map();
    for (const job of plan.jobs) {
        for (const [name, value] of Object.entries(job.ldflags.injected)) {
            const list = byVar.get(name) ?? [];
            const same = list.find((v) => v.value === value);
            if (same)
                same.platforms.push(job.target.platform);
            else
                list.push({ value, platforms: [job.target.platform] });
            byVar.set(name, list);
        }
    }
    const all = plan.jobs.length;
    const varRows = [...byVar.entries()].flatMap(([name, values]) => values.map((v) => [
        (0,summary/* code */.aY)(name),
        (0,summary/* code */.aY)(v.value),
        v.platforms.length === all ? 'all' : v.platforms.join(', '),
    ]));
    const parts = [
        (0,summary/* heading */.R_)(`go-build-ldflags: ${report.artifacts.length} of ${plan.jobs.length} built`),
        (0,summary/* table */.tp)(['', 'Target', 'File', 'Size', 'sha256', 'Time'], rows),
        '',
        `Version ${(0,summary/* code */.aY)(plan.version || '(none)')}, commit ${(0,summary/* code */.aY)(plan.commit ? plan.commit.slice(0, 12) : '(none)')}, date ${(0,summary/* code */.aY)(plan.date || '(none)')}, ${(0,summary/* escapeCell */.kq)(plan.goVersion)}, ${plan.parallel} at a time, build ${(0,summary/* formatMs */._V)(report.durationMs)}, -X verification ${(0,summary/* formatMs */._V)(plan.timings.verifyMs)}.`,
        '',
        (0,summary/* heading */.R_)('Injected with -X', 4),
        varRows.length > 0 ? (0,summary/* table */.tp)(['Variable', 'Value', 'Targets'], varRows) : '_none_',
    ];
    if (plan.skipped.length > 0) {
        parts.push('', (0,summary/* heading */.R_)('Not injected', 4), (0,summary/* table */.tp)(['Variable', 'Input', 'Why'], plan.skipped.map((s) => [(0,summary/* code */.aY)(s.name), s.input, s.reason])));
    }
    if (report.artifacts.length > 0)
        parts.push('', `Checksums: ${(0,summary/* code */.aY)(relativeTo(plan.workingDirectory, report.checksums))}`);
    return `${parts.join('\n')}\n`;
}
function relativeTo(base, path) {
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
/**
 * One error per distinct problem: compiler messages at their file:line (naming the targets that hit
 * them), -X type errors at the variable's declaration, anything else per target; then the overall verdict.
 */
function failureErrors(plan, report) {
    if (report.failed.length === 0)
        return [];
    const errors = [];
    const located = mergeDiagnostics(report.failed.map((f) => ({ target: f.platform, diagnostics: f.output.diagnostics })));
    for (const d of located) {
        const location = {
            file: annotationPath(d.file, plan.workingDirectory, plan.workspace),
            line: d.line,
            column: d.column,
        };
        errors.push(new src_errors/* UserError */.yo(`${d.message} (${d.targets.join(', ')})`, { location }));
    }
    const unlocated = new Map();
    for (const f of report.failed) {
        const job = plan.jobs.find((j) => j.name === f.name && j.target.platform === f.platform);
        for (const line of f.output.other) {
            const xErr = parseXTypeError(line);
            if (xErr) {
                const inj = job.injections.find((i) => i.name === xErr.symbol || i.name.endsWith(`.${xErr.symbol.split('.').pop()}`));
                errors.push(new src_errors/* UserError */.yo(`-X ${xErr.symbol}: the variable has type ${xErr.type}, and -X can only set a string (${f.platform})`, {
                    hint: 'Declare it as a string and convert where it is used (strconv.Atoi for a port).',
                    location: inj
                        ? { file: annotationPath(inj.file, plan.workingDirectory, plan.workspace), line: inj.line }
                        : undefined,
                }));
            }
            else
                unlocated.set(line, [...(unlocated.get(line) ?? []), f.platform]);
        }
        if (f.output.diagnostics.length === 0 && f.output.other.length === 0) {
            unlocated.set(`go build exited with code ${f.exitCode} and printed nothing`, [f.platform]);
        }
    }
    for (const [line, platforms] of unlocated)
        errors.push(new src_errors/* UserError */.yo(`${line} (${platforms.join(', ')})`));
    const builtList = report.artifacts.map((a) => a.platform).join(', ') || 'none';
    errors.push(new src_errors/* UserError */.yo(`go build failed for ${report.failed.map((f) => (plan.jobs.filter((j) => j.target.platform === f.platform).length > 1 ? `${f.name} ${f.platform}` : f.platform)).join(', ')} (${report.failed.length} of ${plan.jobs.length}); built: ${builtList}`));
    return errors;
}

// EXTERNAL MODULE: ./packages/kit/src/telemetry.ts
var telemetry = __webpack_require__(55423);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/go/src/compile/checksums.ts



/** sha256 of a file, streamed (binaries can be large). */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (d) => hash.update(d))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** The deepest directory containing all the given absolute paths. */
function commonDir(paths) {
    const dirs = paths.map((p) => (0,external_node_path_.dirname)(p).split(external_node_path_.sep));
    const first = dirs[0] ?? [];
    let n = first.length;
    for (const d of dirs) {
        let k = 0;
        while (k < n && k < d.length && d[k] === first[k])
            k++;
        n = k;
    }
    return first.slice(0, n).join(external_node_path_.sep) || external_node_path_.sep;
}
/**
 * Writes `sha256sums.txt` in the format of coreutils `sha256sum` (`<hex>  <path>`, two spaces, paths
 * relative to the file, sorted), so `sha256sum -c sha256sums.txt` verifies it from its own directory.
 */
function writeChecksums(file, entries) {
    const base = (0,external_node_path_.dirname)(file);
    const lines = entries
        .map((e) => {
        const rel = (0,external_node_path_.relative)(base, e.path).split(external_node_path_.sep).join('/');
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            throw new Error(`${e.path} is outside ${base}`);
        return `${e.sha256}  ${rel}`;
    })
        .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
    (0,external_node_fs_.writeFileSync)(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return file;
}
const CHECKSUMS_FILE = 'sha256sums.txt';
/** Where the checksums file goes: next to the artifacts (their common directory). */
function checksumsPath(artifactPaths, fallbackDir) {
    return (0,external_node_path_.join)(artifactPaths.length > 0 ? commonDir(artifactPaths) : fallbackDir, CHECKSUMS_FILE);
}

;// CONCATENATED MODULE: ./packages/go/src/compile/run.ts
/*
 * Running a planned matrix: `go build` per job, at most `parallel` at once, all sharing the build cache
 * (the go command locks its cache entries, so concurrent builds reuse each other's work safely). Every
 * job runs to the end even when another fails; only jobs that succeeded are reported as artifacts.
 */





/** One target's `go build`, in a span of its own (telemetry: one per target). */
function runJob(plan, job, signal) {
    return (0,telemetry/* span */.Ln)('go build', { 'goship.target': job.target.platform, 'goship.package': job.pkg }, async (s) => {
        const r = await buildJob(plan, job, signal);
        if ('exitCode' in r)
            s.fail(`go build exited with ${r.exitCode}`, 'BuildFailed');
        else
            s.set({ 'goship.artifact.size': r.size, 'goship.build.ms': r.durationMs });
        return r;
    });
}
async function buildJob(plan, job, signal) {
    // A stale file from an earlier run must never pass for this run's output.
    (0,external_node_fs_.rmSync)(job.output, { force: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(job.output), { recursive: true });
    const started = performance.now();
    const res = await (0,exec/* exec */.m0)(plan.go, job.args, {
        cwd: plan.workingDirectory,
        env: job.env,
        allowFailure: true,
        signal,
    }).catch((err) => {
        // Cancelled: report the runner's reason ("cancelled by SIGINT"), not the child's abort error.
        throw signal?.aborted ? signal.reason : err;
    });
    const durationMs = performance.now() - started;
    if (res.code !== 0) {
        (0,external_node_fs_.rmSync)(job.output, { force: true });
        return {
            name: job.name,
            platform: job.target.platform,
            pkg: job.pkg,
            exitCode: res.code,
            output: parseBuildOutput(res.stderr),
            stderr: res.stderr,
            durationMs: Math.round(durationMs),
        };
    }
    const [sha256, size] = await Promise.all([
        sha256File(job.output),
        Promise.resolve((0,external_node_fs_.statSync)(job.output).size),
    ]);
    return {
        name: job.name,
        os: job.target.os,
        arch: job.target.arch,
        variant: job.target.variant,
        platform: job.target.platform,
        path: job.output,
        sha256,
        size,
        ldflags: job.ldflags.ldflags,
        injected: job.ldflags.injected,
        durationMs: Math.round(durationMs),
    };
}
async function runBuild(plan, opts = {}) {
    const started = performance.now();
    const results = await (0,concurrency/* mapLimit */.s)(plan.jobs, plan.parallel, async (job) => {
        const r = await runJob(plan, job, opts.signal);
        opts.onDone?.(r);
        return r;
    });
    const artifacts = results.filter((r) => 'sha256' in r);
    const failed = results.filter((r) => !('sha256' in r));
    const checksums = checksumsPath(plan.jobs.map((j) => j.output), plan.workingDirectory);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(checksums), { recursive: true });
    writeChecksums(checksums, artifacts);
    return { artifacts, failed, checksums, durationMs: performance.now() - started };
}

;// CONCATENATED MODULE: ./packages/go/src/compile/stage.ts
/*
 * The go-build-ldflags stage as one call: the action's adapter and the pipeline both run exactly this.
 * Inputs arrive as the user wrote them (variable names, flag lines); everything is checked here and
 * reported together before the toolchain is asked anything. No runner I/O: progress goes to `log`.
 */







/** The title of the stage's annotations. */
const TITLE = 'go-build-ldflags';
/** A problem that does not stop the build (an -X value overwritten): a warning at its file:line. */
function warnOverwritten(log, w) {
    log.warning(w.hint ? `${w.message}\n${w.hint}` : w.message, {
        ...w.location,
        title: `${TITLE}: -X value overwritten`,
    });
}
const VAR_DEFAULTS = {
    version: 'main.version',
    commit: 'main.commit',
    date: 'main.date',
    port: 'main.port',
};
/** Checks of the inputs that need the -X grammar (names, flag lines); every problem collected. */
function resolveStageInput(input) {
    const errors = [];
    for (const [name] of input.x) {
        if (!(0,src_ldflags/* parseXName */.vi)(name))
            errors.push(new src_errors/* InputError */.dz('x', `'${name}' is not a variable name`, src_ldflags/* X_NAME_FORM */.Aw));
    }
    const vars = {};
    for (const key of Object.keys(VAR_DEFAULTS)) {
        const value = input.vars[key] ?? '';
        if (value === 'none')
            continue;
        const v = value === '' ? { name: VAR_DEFAULTS[key], explicit: false } : { name: value, explicit: true };
        if (v.explicit && !(0,src_ldflags/* parseXName */.vi)(v.name))
            errors.push(new src_errors/* InputError */.dz(`${key}-var`, `'${v.name}' is not a variable name`, `${src_ldflags/* X_NAME_FORM */.Aw}, or none`));
        vars[key] = v;
    }
    const flags = [];
    for (const line of input.flagLines) {
        try {
            flags.push(...(0,src_ldflags/* splitLdflags */.C$)(line));
        }
        catch (err) {
            errors.push(new src_errors/* InputError */.dz('flags', `line '${line}': ${err.message}`, "arguments quoted the go command's way ('a b' or \"a b\")"));
        }
    }
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} inputs are not valid`);
    return { vars, flags };
}
/** Every check of the inputs that needs no toolchain and no source: what a pre-flight can refuse. */
function checkGoBuildInput(input) {
    const { vars, flags } = resolveStageInput(input);
    const { errors } = checkOptions({ ...input, vars, flags });
    if (errors.length > 0)
        throw (0,src_errors/* aggregate */.QD)(errors, `${errors.length} inputs are not valid`);
}
/** The variable each automatic value reached in every job's program (BuildJob.injections, as verified). */
function injectedVars(jobs) {
    const out = {};
    if (jobs.length === 0)
        return out;
    for (const key of Object.keys(VAR_DEFAULTS)) {
        const names = jobs.map((j) => j.injections.find((i) => i.input === `${key}-var` && (i.origin === 'auto-default' || i.origin === 'auto-explicit'))?.name);
        if (names.every((n) => n !== undefined && n === names[0]))
            out[key] = names[0];
    }
    return out;
}
/** Plans (verifying every -X target), builds the matrix, and returns what the step reports. */
async function goBuildStage(input, log) {
    const { vars, flags } = resolveStageInput(input);
    const access = openModuleAccess(input.netrc ?? [], input.baseEnv ?? process.env);
    try {
        return await planAndBuild({ ...input, baseEnv: { ...(input.baseEnv ?? process.env), ...access.env } }, vars, flags, log);
    }
    finally {
        access.close();
    }
}
async function planAndBuild(input, vars, flags, log) {
    const started = performance.now();
    const plan = await log.group('Plan and verify -X targets', async () => {
        const p = await planBuild({ ...input, vars, flags, onWarning: (w) => warnOverwritten(log, w) });
        log.info(`${p.goVersion}; version ${p.version || '(none)'}; commit ${p.commit || '(none)'}; date ${p.date || '(none)'}`);
        for (const job of p.jobs)
            log.info(`${job.target.platform}: go ${job.args.map(src_ldflags/* shellQuote */.ZL).join(' ')}`);
        log.info(`-X verification: ${p.timings.verifyMs.toFixed(1)} ms (${[...new Set(p.verifiedVia)].join(', ')}); ` +
            `toolchain ${Math.round(p.timings.toolchainMs)} ms, git ${Math.round(p.timings.sourceMs)} ms, ` +
            `modules ${Math.round(p.timings.modulesMs)} ms; ` +
            `planned in ${Math.round(performance.now() - started)} ms`);
        return p;
    });
    for (const s of plan.skipped)
        log.notice(`${s.name} not injected (${s.input} default): ${s.reason} [${s.targets.join(', ')}]`, {
            title: TITLE,
        });
    const report = await log.group(`Build ${plan.jobs.length} target(s), ${plan.parallel} at a time`, () => runBuild(plan, {
        signal: input.signal,
        onDone: (r) => log.info('sha256' in r
            ? `✓ ${r.platform} ${r.path} (${r.size} bytes, ${Math.round(r.durationMs)} ms)`
            : `✗ ${r.platform} failed:\n${r.stderr.trim()}`),
    }));
    log.info(`build ${Math.round(report.durationMs)} ms`);
    return {
        plan,
        report,
        outputs: {
            artifacts: report.artifacts,
            checksums: report.checksums,
            version: plan.version,
            commit: plan.commit,
            'short-commit': plan.commit.slice(0, 7),
            date: plan.date,
        },
        injected: injectedVars(plan.jobs),
        summary: renderSummary(plan, report),
        failures: failureErrors(plan, report),
    };
}


/***/ }),

/***/ 43595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, keeping the order of results (a build
 * matrix, parallel lookups). A failure rejects the returned promise at once; `fn` should catch what it
 * wants to report per item (the other workers still finish the items they took).
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    }));
    return results;
}


/***/ }),

/***/ 80524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   vz: () => (/* binding */ realpathOrUndefined)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/*
 * Where a path input may lead. A relative path stays inside its root (the workspace, or a build context):
 * one that leads out by `..` or through a symbolic link is an InputError naming the input. An absolute
 * path is taken as given: the user wrote it on purpose. One rule, used by every action that reads or
 * writes files named by an input.
 */



/** True when `path` is `root` or below it (both absolute, compared as written). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The absolute path `given` names, resolved against `root`; throws an InputError when a relative `given`
 * leads outside `root`, by its name or through a link on the part of it that exists (a file not written
 * yet is judged by its nearest existing parent).
 */
function confinedPath(given, root, o) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, given);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(given))
        return path;
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const where = o.rootName ?? `the workspace (${absRoot})`;
    const refuse = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(o.input, problem, o.expected, o.hint ??
        'Relative paths stay inside the workspace; give an absolute path to use one elsewhere on purpose.');
    const shownAs = o.shownAs ?? given;
    if (!isInside(absRoot, path))
        throw refuse(`'${shownAs}' is outside ${where}`);
    const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
    const existing = nearestExisting(path, absRoot);
    const real = existing === undefined ? undefined : realpathOrUndefined(existing);
    if (real !== undefined && !isInside(realRoot, real)) {
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(absRoot, existing) || '.';
        throw refuse(`'${shownAs}' reaches ${shown}, a link to ${real}, outside ${where}`);
    }
    return path;
}
/** The deepest part of `path` that exists, not above `root`; undefined when not even the root does. */
function nearestExisting(path, root) {
    for (let p = path; isInside(root, p); p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)) {
        if (realpathOrUndefined(p) !== undefined)
            return p;
        if (p === root)
            break;
    }
    return undefined;
}
function realpathOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 55300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Markdown helpers for job summaries (rendered by GitHub as GFM). */
function escapeCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n;
    let i = -1;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}


/***/ })

};
