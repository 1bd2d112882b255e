import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKTICK_ESCAPE,
  BUILD_ARGS,
  MULTI_STAGE,
  SYNTAX_ERRORS,
} from '../../test/unit/oci/dockerfile-fixtures.js';
import { importCost, ms, ROUNDS, race, ratio, repoRoot } from './common.js';

export async function dockerfileSection(): Promise<void> {
  const { parseDockerfile, generateDockerfile } = await import('../../packages/oci/src/index.js');
  const { DockerfileParser } = await import('dockerfile-ast');
  const good: Record<string, string> = {
    'multi-stage (unit fixture)': MULTI_STAGE,
    'escape directive (unit fixture)': BACKTICK_ESCAPE,
    'build args (unit fixture)': BUILD_ARGS,
    generated: generateDockerfile({
      goVersion: '1.22',
      package: './cmd/server',
      binaryName: 'server',
      port: 9090,
      runtime: 'scratch',
      hasGoSum: true,
    }),
    'test/infra/images/check': readFileSync(join(repoRoot, 'test/infra/images/check/Dockerfile'), 'utf8'),
  };
  const bad: Record<string, string> = Object.fromEntries(
    SYNTAX_ERRORS.map(([text, , message]) => [message, text]),
  );
  type View = { instructions: string[]; stages: string[]; args: string[] };
  const ours = (text: string): View => {
    const df = parseDockerfile(text);
    return {
      instructions: df.instructions.map((i) => `${i.keyword}@${i.line}-${i.endLine}`),
      stages: df.stages.map((s) => `${s.name ?? '-'}=${s.image}@${s.line}`),
      args: [...df.globalArgs, ...df.stages.flatMap((s) => s.args)].map(
        (a) => `${a.stage}:${a.name}=${a.value ?? '∅'}@${a.line}`,
      ),
    };
  };
  /** The same view from dockerfile-ast (0-based ranges; the heredoc body ends at its delimiter line). */
  const theirs = (text: string): View => {
    const df = DockerfileParser.parse(text);
    const view: View = { instructions: [], stages: [], args: [] };
    let stage = -1;
    for (const i of df.getInstructions()) {
      const kw = i.getKeyword();
      let end = i.getRange().end.line;
      for (const h of (
        i as unknown as { getHeredocs?: () => { getDelimiterRange(): { end: { line: number } } | null }[] }
      ).getHeredocs?.() ?? [])
        end = Math.max(end, h.getDelimiterRange()?.end.line ?? end);
      view.instructions.push(`${kw}@${i.getRange().start.line + 1}-${end + 1}`);
      if (kw === 'FROM') {
        const f = i as unknown as { getBuildStage(): string | null; getImageName(): string | null };
        stage++;
        view.stages.push(
          `${f.getBuildStage()?.toLowerCase() ?? '-'}=${f.getImageName()}@${i.getRange().start.line + 1}`,
        );
      }
      if (kw === 'ARG')
        for (const p of (
          i as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }
        ).getProperties())
          view.args.push(`${stage}:${p.getName()}=${p.getValue() ?? '∅'}@${i.getRange().start.line + 1}`);
    }
    return view;
  };
  console.log('\n## Dockerfile: packages/oci parser vs dockerfile-ast');
  let agree = 0;
  let total = 0;
  for (const [name, text] of Object.entries(good)) {
    const a = ours(text);
    const b = theirs(text);
    for (const k of ['instructions', 'stages', 'args'] as const) {
      total++;
      const same = JSON.stringify(a[k]) === JSON.stringify(b[k]);
      if (same) agree++;
      else
        console.log(
          `  differs: ${name} ${k}\n    ours:           ${a[k].join(' ')}\n    dockerfile-ast: ${b[k].join(' ')}`,
        );
    }
  }
  console.log(`  same view (instructions with lines, stages, ARGs) on ${agree}/${total} fixture fields`);
  let oursErrors = 0;
  for (const text of Object.values(bad))
    try {
      parseDockerfile(text);
    } catch {
      oursErrors++;
    }
  // dockerfile-ast is error-tolerant and has no diagnostics (dockerfile-utils, a separate package, lints);
  // the most it shows is a heredoc without a delimiter range or an escape directive it ignored.
  const signs = Object.values(bad).filter((t) => {
    const df = DockerfileParser.parse(t);
    const unterminated = df
      .getInstructions()
      .some((i) =>
        (
          (i as unknown as { getHeredocs?: () => { getDelimiterRange(): unknown }[] }).getHeredocs?.() ?? []
        ).some((h) => !h.getDelimiterRange()),
      );
    const escapeIgnored = df
      .getDirectives()
      .some((d) => d.getName() === 'escape' && d.getValue() !== df.getEscapeCharacter());
    return unterminated || escapeIgnored;
  }).length;
  console.log(
    `  syntax errors reported with file:line and a hint: ours ${oursErrors}/${Object.keys(bad).length}, dockerfile-ast 0/${Object.keys(bad).length} (tolerant parser; ${signs} detectable from its tree)`,
  );
  const corpus = Object.values(good);
  const t = await race(
    {
      ours: () => {
        for (let n = 0; n < 200; n++) for (const c of corpus) parseDockerfile(c);
      },
      'dockerfile-ast': () => {
        for (let n = 0; n < 200; n++) for (const c of corpus) DockerfileParser.parse(c).getInstructions();
      },
    },
    ROUNDS * 2,
  );
  console.log(
    `  parse ${corpus.length} files ×200: ours ${ms(t.ours!)}, dockerfile-ast ${ms(t['dockerfile-ast']!)} (${ratio(t['dockerfile-ast']!, t.ours!)} ours)`,
  );
  const cost = importCost(['dockerfile-ast']);
  console.log(
    `  bundled import of dockerfile-ast: +${(cost['dockerfile-ast']!.bytes / 1024).toFixed(0)} KiB, +${ms(cost['dockerfile-ast']!.ms)} start-up (ours: 335 lines already in the bundle)`,
  );
}
