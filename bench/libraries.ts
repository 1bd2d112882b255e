/*
 * Hand-written parts against the well-kept library that could replace them (issue 12), each a ratio against
 * ours measured in the same run (npx tsx bench/libraries.ts; BENCH_ONLY=dockerfile,tar,http picks sections):
 * - Dockerfile: packages/oci's parser vs dockerfile-ast (VS Code's Docker support): what our checks need
 *   (instruction lines, continuation and heredoc end lines, escape directive, stage names, ARG scope and
 *   defaults) compared fixture by fixture, the syntax errors each reports, parse speed, bundled import cost;
 * - tar: layer writing (packages/oci tarChunks vs tar-stream pack with the same fixed fields: digest equal?
 *   speed) and reading a real Go toolchain tarball (TarGuard vs tar-stream extract: parse speed, and whole
 *   extraction: TarGuard → `tar -x` vs tar-stream → fs writes), wall and peak memory in child processes;
 * - http: the registry's node:https layer vs undici and @actions/http-client on loopback: small GETs,
 *   a streamed 128 MiB upload, and two live feature checks (Authorization across a redirect to another port,
 *   HTTP_PROXY honoured).
 * Rounds alternate contenders so machine load hits each alike; medians are reported with `uptime`'s load.
 * BENCH_ROUNDS=n (default 5). The sections are in bench/libraries/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ONLY, ROUNDS, scratch } from './libraries/common.js';
import { dockerfileSection } from './libraries/dockerfile.js';
import { httpSection } from './libraries/http.js';
import { readContender, tarSection } from './libraries/tar.js';

if (process.argv[2] === '--child') {
  await readContender(process.argv[3]!);
  rmSync(scratch, { recursive: true, force: true });
} else {
  const load = spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
  console.log(`Node ${process.version}, ${availableParallelism()} CPUs, ${ROUNDS} rounds; uptime: ${load}`);
  if (ONLY.includes('dockerfile')) await dockerfileSection();
  if (ONLY.includes('tar')) await tarSection();
  if (ONLY.includes('http')) await httpSection();
  console.log(`\nuptime after: ${spawnSync('uptime', { encoding: 'utf8' }).stdout.trim()}`);
  rmSync(scratch, { recursive: true, force: true });
}
