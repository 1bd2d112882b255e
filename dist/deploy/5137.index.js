export const id = 5137;
export const ids = [5137];
export const modules = {

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
            if (attempt >= attempts || opts.signal?.aborted || (opts.retryable && !opts.retryable(err)))
                throw err;
            const delay = backoffDelay(attempt, base, max, opts.random);
            opts.onRetry?.(err, attempt, delay);
            await sleep(delay, opts.signal);
        }
    }
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ checkListening),
/* harmony export */   JY: () => (/* binding */ describeListening),
/* harmony export */   N0: () => (/* binding */ parseTcpTable),
/* harmony export */   Nn: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.Nn),
/* harmony export */   OC: () => (/* binding */ listeningSockets),
/* harmony export */   WZ: () => (/* binding */ processTree),
/* harmony export */   ZL: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.ZL),
/* harmony export */   hA: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.hA),
/* harmony export */   hb: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.hb),
/* harmony export */   i$: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.i$),
/* harmony export */   kf: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.kf),
/* harmony export */   mM: () => (/* reexport safe */ _user_js__WEBPACK_IMPORTED_MODULE_4__.mM),
/* harmony export */   oi: () => (/* binding */ userSwitch),
/* harmony export */   zA: () => (/* binding */ availableSandbox)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _user_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10045);
/*
 * The listening check: every layer can declare 8080 while the process listens elsewhere (a port
 * variable reset by a flag default, a differently named env var). So the program itself is started —
 * an image's entrypoint, unpacked, with the image's env and args — for a few seconds, and the TCP ports
 * its processes listen on are read from the kernel: /proc/<pid>/net/tcp and tcp6 list the sockets of the
 * process's network namespace, and /proc/<pid>/fd links (`socket:[inode]`) say which of them belong to
 * the process tree. A port another program holds never counts.
 *
 * Sandbox, best first (what was used is reported):
 *  - `netns`: root → `unshare --net`: a fresh network namespace with only a loopback interface (brought
 *    up with `ip` when present), so the program reaches nothing, and its port cannot clash with the host.
 *  - `userns+netns`: not root → `unshare --user --map-root-user --net`, where unprivileged user
 *    namespaces are allowed (checked here as uid 65534: works, and even binds port 80). GitHub's
 *    ubuntu-24.04 runners run steps as a non-root user with AppArmor's
 *    kernel.apparmor_restrict_unprivileged_userns=1, where `unshare` fails with "Operation not
 *    permitted" (actions/runner-images#10443), so the next mode applies there unless an earlier step
 *    runs `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.
 *  - `tempdir`: no namespace: a fresh temporary working directory and only the given env (nothing of
 *    ours is inherited). The program shares the host's network; its port may clash with a host one.
 * In every mode the process group and every descendant found are killed afterwards, and the temp dir
 * is removed.
 *
 * The user (the image's `User`, see ./user.ts): only `netns` switches to it — the innermost `unshare`
 * chroots, then `--setgid` (which also clears the supplementary groups) and `--setuid`, as a container
 * runtime does, and `setpriv --no-new-privs` in front keeps a set-uid file of the image from regaining
 * root. `userns+netns` maps only root (`--map-root-user`: another uid does not exist in it) and `tempdir`
 * runs as whoever runs this, so both run a root User only; `userSwitch` says why not.
 */






const UNSHARE = '/usr/bin/unshare';
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
const SANDBOX_ARGS = {
    netns: ['--net'],
    'userns+netns': ['--user', '--map-root-user', '--net'],
};
let probed;
/** The best sandbox this machine allows, found once by running `unshare … true`. */
function availableSandbox() {
    if (probed)
        return probed;
    probed = 'tempdir';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(UNSHARE)) {
        const modes = process.getuid?.() === 0 ? ['netns', 'userns+netns'] : ['userns+netns'];
        for (const mode of modes) {
            const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(UNSHARE, [...SANDBOX_ARGS[mode], '--', 'true'], { stdio: 'ignore', timeout: 5000 });
            if (r.status === 0) {
                probed = mode;
                break;
            }
        }
    }
    return probed;
}
const isRoot = (u) => u.uid === 0 && u.gid === 0;
/**
 * Whether the sandbox can run the program as `user`: undefined when it can, else why not (for a notice).
 */
function userSwitch(mode, user) {
    if (isRoot(user) || mode === 'netns')
        return undefined;
    const who = `user ${(0,_user_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUser */ .ZL)(user)}`;
    if (mode === 'userns+netns')
        return `the image runs as ${who}, and the userns+netns sandbox (not root: a user namespace with only root mapped) cannot switch to it`;
    return `the image runs as ${who}, and the tempdir sandbox (no namespace) cannot switch users: it would run as this runner's user`;
}
/** Listening sockets in a /proc/<pid>/net/tcp or tcp6 table: inode → socket (pid filled in later). */
function parseTcpTable(text, family) {
    const out = new Map();
    for (const line of text.split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length < 10 || f[3] !== '0A')
            continue; // 0A: TCP_LISTEN
        const [addrHex, portHex] = f[1].split(':');
        out.set(f[9], { port: Number.parseInt(portHex, 16), address: decodeAddress(addrHex), family });
    }
    return out;
}
/** /proc/net/tcp addresses are the in-memory bytes of the address, printed as 32-bit words. */
function decodeAddress(hex) {
    const words = hex.match(/.{8}/g) ?? [];
    const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
    if (bytes.length === 4)
        return bytes.join('.');
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
    // The shortest form for the two addresses a server binds most (:: and ::1); the rest in full.
    const full = groups.join(':');
    return full === '0:0:0:0:0:0:0:0' ? '::' : full === '0:0:0:0:0:0:0:1' ? '::1' : full;
}
/** The process and its descendants (children of children …), from /proc/<pid>/stat. */
function processTree(root) {
    const parents = new Map();
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${name}/stat`, 'utf8');
        }
        catch {
            continue; // exited meanwhile
        }
        // The command name may hold spaces and parentheses: the fields start after the last ')'.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const kids = parents.get(ppid) ?? [];
        kids.push(Number(name));
        parents.set(ppid, kids);
    }
    const tree = [];
    const queue = [root];
    while (queue.length > 0) {
        const pid = queue.shift();
        tree.push(pid);
        queue.push(...(parents.get(pid) ?? []));
    }
    return tree;
}
function socketInodes(pid) {
    const inodes = new Set();
    let fds;
    try {
        fds = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(`/proc/${pid}/fd`);
    }
    catch {
        return inodes;
    }
    for (const fd of fds) {
        try {
            const m = /^socket:\[(\d+)\]$/.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(`/proc/${pid}/fd/${fd}`));
            if (m)
                inodes.add(m[1]);
        }
        catch {
            // closed meanwhile
        }
    }
    return inodes;
}
/** Listening sockets held by the process tree of `root` (all share one network namespace view). */
function listeningSockets(root) {
    const tables = new Map();
    for (const family of ['tcp', 'tcp6']) {
        try {
            for (const [k, v] of parseTcpTable((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${root}/net/${family}`, 'utf8'), family))
                tables.set(k, v);
        }
        catch {
            // no IPv6 in this kernel, or the process is gone
        }
    }
    const out = [];
    for (const pid of processTree(root)) {
        for (const inode of socketInodes(pid)) {
            const s = tables.get(inode);
            if (s)
                out.push({ ...s, pid });
        }
    }
    return out;
}
function killTree(child, tree) {
    // The group first (spawned detached: its own group), then anything that left it (setsid, daemons).
    try {
        if (child.pid)
            process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
    for (const pid of tree) {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
}
const POLL_MS = 50;
/**
 * Starts the program in a sandbox, waits until it listens on the declared port, exits, or the
 * deadline passes, and reports the ports its process tree listens on. The process tree is always killed.
 */
async function checkListening(o) {
    if (!Number.isInteger(o.declaredPort) || o.declaredPort < 1 || o.declaredPort > 65535)
        throw new RangeError(`declaredPort ${o.declaredPort} is not a TCP port (1-65535)`);
    const mode = o.sandbox === undefined || o.sandbox === 'auto' ? availableSandbox() : o.sandbox;
    if (mode !== 'tempdir' && mode !== availableSandbox())
        throw new Error(`sandbox ${mode} is not available here (${availableSandbox()} is)`);
    const user = mode === 'tempdir'
        ? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 }
        : (o.user ?? { uid: 0, gid: 0 });
    if (o.user) {
        const why = userSwitch(mode, o.user);
        if (why)
            throw new Error(`cannot run as ${(0,_user_js__WEBPACK_IMPORTED_MODULE_4__/* .describeUser */ .ZL)(o.user)}: ${why}`);
    }
    const switching = mode === 'netns' && !isRoot(user);
    const timeoutMs = o.timeoutMs ?? 5000;
    const started = performance.now();
    const chrooted = o.root !== undefined && mode !== 'tempdir';
    const scratch = o.cwd === undefined && o.root === undefined
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'goship-listening-'))
        : undefined;
    const cwd = o.root !== undefined ? (chrooted ? o.root : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.root, o.workdir ?? '/')) : (o.cwd ?? scratch);
    const args = [...(o.args ?? [])];
    let file = o.root !== undefined && !chrooted ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(o.root, o.command) : o.command;
    let argv = args;
    if (mode !== 'tempdir') {
        // The program runs chrooted into the image's root, in the image's working directory (entered as
        // root, as runc does), then as the image's user: unshare sets the gid (clearing supplementary
        // groups) and the uid after the chroot, just before the exec.
        const setUser = switching ? ['--setgid', String(user.gid), '--setuid', String(user.uid)] : [];
        const program = chrooted || switching
            ? [
                UNSHARE,
                ...(chrooted ? [`--root=${o.root}`, `--wd=${o.workdir ?? '/'}`] : []),
                ...setUser,
                '--',
                o.command,
                ...args,
            ]
            : [o.command, ...args];
        // A fresh network namespace has its loopback down; bring it up so 127.0.0.1 binds work. The script
        // is constant: the program and its arguments are passed as "$0" "$@", never spliced into it.
        const inner = IP
            ? ['/bin/sh', '-c', `${IP} link set lo up 2>/dev/null; exec "$0" "$@"`, ...program]
            : program;
        file = UNSHARE;
        argv = [...SANDBOX_ARGS[mode], '--', ...inner];
        if (switching && SETPRIV) {
            argv = ['--no-new-privs', '--', file, ...argv];
            file = SETPRIV;
        }
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, argv, {
        cwd,
        env: { ...(o.env ?? {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    let output = '';
    const keep = (d) => {
        output = (output + d.toString()).slice(-4096);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exit;
    const exited = new Promise((resolve) => {
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            resolve();
        });
        child.on('error', (err) => {
            output += `\n${err.message}`;
            exit = { code: null, signal: null };
            resolve();
        });
    });
    // No kernel event says "listen() was called"; /proc is read every 50 ms until the declared port
    // appears, the program exits, or the deadline passes (other ports keep the wait going: a metrics
    // listener often starts before the service's own).
    let sockets = [];
    let tree = [];
    const deadline = started + timeoutMs;
    try {
        while (exit === undefined && performance.now() < deadline && !o.signal?.aborted) {
            if (child.pid) {
                tree = processTree(child.pid);
                sockets = listeningSockets(child.pid);
                if (sockets.some((s) => s.port === o.declaredPort))
                    break;
            }
            await Promise.race([exited, new Promise((r) => setTimeout(r, POLL_MS))]);
        }
    }
    finally {
        if (child.pid)
            tree = [...new Set([...tree, ...safeTree(child.pid)])];
        killTree(child, tree);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
        await gone(tree, 2000);
        if (scratch)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(scratch, { recursive: true, force: true });
    }
    const ports = [...new Set(sockets.map((s) => s.port))].sort((a, b) => a - b);
    const ok = ports.includes(o.declaredPort);
    // unshare exits 126 when its exec fails (EACCES, ENOEXEC); the modes on disk say whether the user was
    // denied, and which path denied it (126 from the program itself finds no denial and stays `exited`).
    const denied = !ok && switching && exit?.code === 126
        ? (0,_user_js__WEBPACK_IMPORTED_MODULE_4__/* .executeDenial */ .Nn)(chrooted ? o.root : '/', o.command, user)
        : undefined;
    const outcome = ok
        ? 'listening'
        : ports.length > 0
            ? 'mismatch'
            : denied
                ? 'cannot-start'
                : exit !== undefined && !wasKilledByUs(exit)
                    ? 'exited'
                    : 'not-listening';
    return {
        ok,
        outcome,
        declaredPort: o.declaredPort,
        ports,
        sockets,
        exit: outcome === 'exited' ? exit : undefined,
        output,
        sandbox: mode,
        user,
        ...(denied ? { denied } : {}),
        elapsedMs: performance.now() - started,
    };
}
/** A process that has exited (or is a zombie: dead, holding no sockets, waiting to be reaped). */
function isGone(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
    }
    catch {
        return true;
    }
}
/** Waits (briefly) until every process of the tree is dead, so that its ports are free on return. */
async function gone(pids, withinMs) {
    const until = performance.now() + withinMs;
    while (pids.some((p) => !isGone(p)) && performance.now() < until)
        await new Promise((r) => setTimeout(r, 10));
}
const wasKilledByUs = (e) => e.signal === 'SIGKILL';
function safeTree(pid) {
    try {
        return processTree(pid);
    }
    catch {
        return [];
    }
}
/** One line for a report: `listens on 9090, not the declared 8080`. */
function describeListening(r) {
    switch (r.outcome) {
        case 'listening':
            return `listens on ${r.declaredPort} as declared`;
        case 'mismatch':
            return `listens on ${r.ports.join(', ')}, not on the declared ${r.declaredPort}`;
        case 'exited':
            return `exited (${r.exit?.signal ?? `code ${r.exit?.code}`}) before listening on the declared ${r.declaredPort}`;
        case 'not-listening':
            return `did not listen on any TCP port within ${Math.round(r.elapsedMs)} ms (declared ${r.declaredPort})`;
        case 'cannot-start':
            return `could not start: permission denied: ${r.denied}`;
    }
}


/***/ }),

/***/ 10045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ executeDenial),
/* harmony export */   ZL: () => (/* binding */ describeUser),
/* harmony export */   hA: () => (/* binding */ pathInRoot),
/* harmony export */   hb: () => (/* binding */ parseGroup),
/* harmony export */   i$: () => (/* binding */ parsePasswd),
/* harmony export */   kf: () => (/* binding */ imageUserFiles),
/* harmony export */   mM: () => (/* binding */ resolveUser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goship_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77817);
/*
 * The user an image's process runs as, resolved the way runc/containerd resolve the config's `User`:
 * `uid`, `uid:gid`, `name`, `name:group` (any side numeric or a name). A numeric uid needs no file; its
 * gid, when not given, is the passwd entry's, else 0. A name is looked up in the image's own /etc/passwd
 * or /etc/group (never the host's); one that is not there is an error naming it and the file. Empty → root.
 * Supplementary groups are not taken from /etc/group: the sandbox clears them.
 */



/** `name:x:uid:gid:…` lines (comments, blanks and malformed lines skipped). */
function parsePasswd(text) {
    return text.split('\n').flatMap((line) => {
        const f = line.split(':');
        if (line.startsWith('#') || f.length < 4 || !isId(f[2]) || !isId(f[3]))
            return [];
        return [{ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }];
    });
}
/** `name:x:gid:members` lines. */
function parseGroup(text) {
    return text.split('\n').flatMap((line) => {
        const f = line.split(':');
        if (line.startsWith('#') || f.length < 3 || !isId(f[2]))
            return [];
        return [{ name: f[0], gid: Number(f[2]) }];
    });
}
const MAX_ID = 2 ** 32 - 2; // (uid_t)-1 means "unchanged" to setuid
const isId = (s) => /^\d{1,10}$/.test(s) && Number(s) <= MAX_ID;
/**
 * Resolves `User` against the image's passwd and group texts (undefined: the file is absent).
 * `where` names the image in errors (`the linux/amd64 image`).
 */
function resolveUser(spec, files, where = 'the image') {
    const trimmed = spec.trim();
    if (trimmed === '')
        return { uid: 0, gid: 0, spec, name: 'root' };
    const [userPart, groupPart, ...rest] = trimmed.split(':');
    if (rest.length > 0 || userPart === '' || groupPart === '')
        throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}'s User '${spec}' is not user, uid, user:group or uid:gid.`, {
            hint: 'Write USER as a name or number, optionally followed by :group (USER 65532:65532, USER nonroot).',
        });
    const passwd = files.passwd === undefined ? undefined : parsePasswd(files.passwd);
    let uid;
    let gid;
    let name;
    if (isId(userPart)) {
        uid = Number(userPart);
        const entry = passwd?.find((e) => e.uid === uid);
        name = entry?.name;
        gid = entry?.gid ?? 0;
    }
    else {
        if (passwd === undefined)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} runs as user '${userPart}' (User '${spec}'), but it has no /etc/passwd to look the name up in.`, { hint: 'Use a numeric USER (USER 65532:65532), or add an /etc/passwd with that user to the image.' });
        const entry = passwd.find((e) => e.name === userPart);
        if (!entry)
            throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} runs as user '${userPart}' (User '${spec}'), but its /etc/passwd has no such user (it has ${passwd.map((e) => e.name).join(', ') || 'no entries'}).`, {
                hint: 'A container runtime refuses to start it the same way: add the user to /etc/passwd, or use a numeric USER.',
            });
        uid = entry.uid;
        gid = entry.gid;
        name = entry.name;
    }
    if (groupPart !== undefined) {
        if (isId(groupPart))
            gid = Number(groupPart);
        else {
            if (files.group === undefined)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} runs as group '${groupPart}' (User '${spec}'), but it has no /etc/group to look the name up in.`, {
                    hint: 'Use a numeric group (USER 65532:65532), or add an /etc/group with that group to the image.',
                });
            const groups = parseGroup(files.group);
            const entry = groups.find((g) => g.name === groupPart);
            if (!entry)
                throw new _goship_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where} runs as group '${groupPart}' (User '${spec}'), but its /etc/group has no such group (it has ${groups.map((g) => g.name).join(', ') || 'no entries'}).`, {
                    hint: 'A container runtime refuses to start it the same way: add the group to /etc/group, or use a numeric gid.',
                });
            gid = entry.gid;
        }
    }
    return { uid, gid, spec, ...(name !== undefined ? { name } : {}) };
}
/** `65532:65532`, or `nonroot (65532:65532)` when the user has a name. */
function describeUser(u) {
    return u.name ? `${u.name} (${u.uid}:${u.gid})` : `${u.uid}:${u.gid}`;
}
/**
 * A path inside an unpacked image root, resolved on the host with every symlink taken relative to that
 * root (an image's `/etc/passwd -> /etc/shadow` must not read the host's file). Undefined when absent.
 */
function pathInRoot(root, path) {
    let parts = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${path}`).split('/').filter(Boolean);
    let done = [];
    for (let hops = 0; parts.length > 0;) {
        const part = parts.shift();
        if (part === '.')
            continue;
        if (part === '..') {
            done.pop();
            continue;
        }
        const host = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...done, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(host);
        }
        catch {
            return undefined;
        }
        if (st.isSymbolicLink()) {
            if (++hops > 40)
                return undefined; // ELOOP
            const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(host);
            if (target.startsWith('/'))
                done = [];
            parts = [...target.split('/').filter(Boolean), ...parts];
            continue;
        }
        done.push(part);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...done);
}
/** The image's /etc/passwd and /etc/group (undefined when absent), read inside its root. */
function imageUserFiles(root) {
    const read = (p) => {
        const host = pathInRoot(root, p);
        try {
            return host === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(host, 'utf8');
        }
        catch {
            return undefined;
        }
    };
    return { passwd: read('/etc/passwd'), group: read('/etc/group') };
}
/** What of `mode`'s rwx bits applies to the user (owner, group, other); root: everything but exec rules. */
function allows(st, u, bit) {
    if (u.uid === 0)
        return bit !== 1 || st.isDirectory() || (st.mode & 0o111) !== 0;
    const shift = st.uid === u.uid ? 6 : st.gid === u.gid ? 3 : 0;
    return ((st.mode >> shift) & bit) !== 0;
}
const describeMode = (st) => `mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}, owned by ${st.uid}:${st.gid}`;
/**
 * Why the user cannot execute `program` inside the unpacked root, as the kernel would decide it (search
 * permission on each directory, execute permission on the file), from the owners and modes on disk;
 * undefined when nothing denies it. Names the first path that denies.
 */
function executeDenial(root, program, u) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${program}`).split('/').filter(Boolean);
    const who = `user ${describeUser(u)}`;
    for (let i = 0; i <= parts.length; i++) {
        const inside = `/${parts.slice(0, i).join('/')}`;
        const host = pathInRoot(root, inside);
        if (host === undefined)
            return undefined;
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(host);
        }
        catch {
            return undefined;
        }
        if (i < parts.length) {
            if (st.isDirectory() && !allows(st, u, 1))
                return `${who} cannot enter ${inside} (${describeMode(st)}), on the way to ${program}`;
        }
        else if (!allows(st, u, 1))
            return `${who} cannot execute ${program} (${describeMode(st)})`;
    }
    return undefined;
}


/***/ })

};
