/*
 * Which files of a package the go command compiles for a target: go/build's rules for file names
 * (`_test.go`, `_`/`.` prefixes, `*_GOOS_GOARCH.go` suffixes) and build constraints (`//go:build`, legacy
 * `// +build`), mirrored from go/build (build.go: goodOSArchFile, matchTag, shouldBuild). When a constraint
 * names a tag whose value depends on toolchain internals we do not model (GOEXPERIMENT defaults, some
 * architecture feature levels), evaluation reports `undefined` and the caller asks `go list` instead of
 * guessing.
 */

// internal/syslist: past, present and future names, used for file-name matching.
const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos'.split(
    ' ',
  ),
);
const KNOWN_ARCH = new Set(
  (
    '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ' +
    'ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'
  ).split(' '),
);
const UNIX_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris'.split(' '),
);

export interface BuildContext {
  goos: string;
  goarch: string;
  cgo: boolean;
  /** Tags from -tags. */
  tags: ReadonlySet<string>;
  /** Minor version of the toolchain: go1.1 … go1.<n> release tags are satisfied. */
  goMinor: number;
  /** The target's environment (GOAMD64, GOARM, GO386, GOEXPERIMENT …) for feature tags. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Architecture feature tags (`amd64.v2`, `arm.7`, `386.sse2`) when we can compute them; else undefined. */
function featureTags(ctx: BuildContext): Set<string> | undefined {
  const { goarch, env } = ctx;
  const out = new Set<string>();
  if (goarch === 'amd64') {
    const m = /^v([1-4])$/.exec(env.GOAMD64 || 'v1');
    if (!m) return undefined;
    for (let v = 1; v <= Number(m[1]); v++) out.add(`amd64.v${v}`);
  } else if (goarch === 'arm') {
    const m = /^([5-7])(,softfloat|,hardfloat)?$/.exec(env.GOARM || '7');
    if (!m) return undefined;
    for (let v = 5; v <= Number(m[1]); v++) out.add(`arm.${v}`);
  } else if (goarch === '386') {
    const v = env.GO386 || 'sse2';
    if (v !== 'sse2' && v !== 'softfloat') return undefined;
    out.add(`386.${v}`);
  } else {
    return undefined;
  }
  return out;
}

/** Whether a single build tag is satisfied; undefined when it depends on something we do not model. */
export function matchTag(name: string, ctx: BuildContext): boolean | undefined {
  if (name === 'cgo') return ctx.cgo;
  if (name === ctx.goos || name === ctx.goarch || name === 'gc') return true;
  if (name === 'linux' && ctx.goos === 'android') return true;
  if (name === 'solaris' && ctx.goos === 'illumos') return true;
  if (name === 'darwin' && ctx.goos === 'ios') return true;
  if (name === 'unix') return UNIX_OS.has(ctx.goos);
  if (ctx.tags.has(name)) return true;
  const release = /^go1\.(\d+)$/.exec(name);
  if (release) return Number(release[1]) <= ctx.goMinor;
  if (name.startsWith('goexperiment.') || name === 'boringcrypto') {
    const exp = name === 'boringcrypto' ? 'boringcrypto' : name.slice('goexperiment.'.length);
    const set = (ctx.env.GOEXPERIMENT ?? '').split(',').map((s) => s.trim());
    if (set.includes(exp)) return true;
    if (set.includes(`no${exp}`)) return false;
    return undefined; // the toolchain's default experiments are not visible from outside
  }
  const feature = /^([a-z0-9]+)\.(.+)$/.exec(name);
  if (feature && KNOWN_ARCH.has(feature[1]!)) {
    if (feature[1] !== ctx.goarch) return false;
    return featureTags(ctx)?.has(name);
  }
  return false;
}

/** Parses and evaluates a `//go:build` expression (`linux && (amd64 || arm64) && !cgo`). */
export function evalGoBuild(expr: string, ctx: BuildContext): boolean | undefined {
  const tokens = expr.match(/\|\||&&|!|\(|\)|[A-Za-z0-9_.]+|\S/g) ?? [];
  let pos = 0;
  const fail = (): never => {
    throw new Error(`invalid //go:build expression: ${expr}`);
  };
  // Three-valued logic: undefined (unknown) propagates unless the other side decides the result.
  const or = (): boolean | undefined => {
    let v = and();
    while (tokens[pos] === '||') {
      pos++;
      const r = and();
      v = v === true || r === true ? true : v === undefined || r === undefined ? undefined : false;
    }
    return v;
  };
  const and = (): boolean | undefined => {
    let v = not();
    while (tokens[pos] === '&&') {
      pos++;
      const r = not();
      v = v === false || r === false ? false : v === undefined || r === undefined ? undefined : true;
    }
    return v;
  };
  const not = (): boolean | undefined => {
    if (tokens[pos] === '!') {
      pos++;
      const v = not();
      return v === undefined ? undefined : !v;
    }
    return atom();
  };
  const atom = (): boolean | undefined => {
    const t = tokens[pos++];
    if (t === '(') {
      const v = or();
      if (tokens[pos++] !== ')') fail();
      return v;
    }
    if (t === undefined || !/^[A-Za-z0-9_.]+$/.test(t)) return fail();
    return matchTag(t, ctx);
  };
  const v = or();
  if (pos !== tokens.length) fail();
  return v;
}

/** Legacy `// +build a,b c` lines: space = OR, comma = AND, `!` = NOT; all lines must hold. */
export function evalPlusBuild(lines: readonly string[], ctx: BuildContext): boolean | undefined {
  let all: boolean | undefined = true;
  for (const line of lines) {
    let any: boolean | undefined = false;
    for (const option of line.split(/\s+/).filter(Boolean)) {
      let every: boolean | undefined = true;
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
export function fileNameMatches(file: string, ctx: BuildContext): boolean | undefined {
  if (!file.endsWith('.go') || file.endsWith('_test.go') || file.startsWith('_') || file.startsWith('.'))
    return false;
  const stem = file.split('.')[0]!;
  const us = stem.indexOf('_');
  if (us < 0) return true;
  const parts = stem.slice(us).split('_');
  const n = parts.length;
  if (n >= 2 && KNOWN_OS.has(parts[n - 2]!) && KNOWN_ARCH.has(parts[n - 1]!)) {
    const a = matchTag(parts[n - 1]!, ctx);
    const o = matchTag(parts[n - 2]!, ctx);
    return a === false || o === false ? false : a === undefined || o === undefined ? undefined : true;
  }
  if (n >= 1 && (KNOWN_OS.has(parts[n - 1]!) || KNOWN_ARCH.has(parts[n - 1]!)))
    return matchTag(parts[n - 1]!, ctx);
  return true;
}
