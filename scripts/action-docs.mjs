#!/usr/bin/env node
// Writes the Inputs and Outputs tables of each action's README from its action.yml, between
// `<!-- action-docs:inputs -->` / `<!-- action-docs:outputs -->` and `<!-- action-docs:end -->` markers
// (the first run puts the markers in place of the table under "## Inputs" / "## Outputs"), so the README
// never drifts from what the runner reads. It also writes packages/pipeline/src/stage-inputs.ts: each stage
// action's input names and defaults, which the one-step pipeline applies as the runner would (so the
// pipeline never reads action.yml at run time). `--check` fails when either is not up to date (CI).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
const code = (s) => (s === undefined || s === '' ? '' : `\`${String(s).replace(/`/g, "'")}\``);

function table(kind, entries) {
  if (kind === 'inputs') {
    const rows = Object.entries(entries ?? {}).map(
      ([name, spec]) =>
        `| \`${name}\` | ${spec.required ? 'yes' : ''} | ${cell(code(spec.default))} | ${cell(spec.description)} |`,
    );
    return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
  }
  const rows = Object.entries(entries ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the marked block, or (first run) the first table under the section heading. */
function place(readme, kind, generated, file) {
  const start = `<!-- action-docs:${kind} -->`;
  const end = '<!-- action-docs:end -->';
  const block = `${start}\n${generated}\n${end}`;
  const at = readme.indexOf(start);
  if (at >= 0) {
    const stop = readme.indexOf(end, at);
    if (stop < 0) throw new Error(`${file}: ${start} without ${end}`);
    return readme.slice(0, at) + block + readme.slice(stop + end.length);
  }
  const heading = new RegExp(`^## ${kind === 'inputs' ? 'Inputs' : 'Outputs'}\\b.*$`, 'm').exec(readme);
  if (!heading && kind === 'outputs' && readme.includes('<!-- action-docs:inputs -->')) {
    // One "Inputs and outputs" section: the outputs table follows the inputs table.
    const afterInputs = readme.indexOf(end, readme.indexOf('<!-- action-docs:inputs -->')) + end.length;
    const rest = readme.slice(afterInputs).split('\n');
    let skip = 1;
    while (skip < rest.length && (rest[skip].startsWith('|') || rest[skip].trim() === '')) skip++;
    return `${readme.slice(0, afterInputs)}\n\n${block}\n\n${rest.slice(skip).join('\n')}`;
  }
  if (!heading) throw new Error(`${file}: no "## ${kind === 'inputs' ? 'Inputs' : 'Outputs'}" section`);
  const lines = readme.slice(heading.index).split('\n');
  const first = lines.findIndex((l, i) => i > 0 && l.startsWith('|'));
  const nextHeading = lines.findIndex((l, i) => i > 0 && l.startsWith('## '));
  const before =
    readme.slice(0, heading.index) +
    lines.slice(0, first < 0 || (nextHeading > 0 && first > nextHeading) ? 2 : first).join('\n');
  if (first < 0 || (nextHeading > 0 && first > nextHeading))
    return `${before}\n${block}\n${lines.slice(2).join('\n')}`;
  let last = first;
  while (last + 1 < lines.length && lines[last + 1].startsWith('|')) last++;
  return `${before}\n${block}\n${lines.slice(last + 1).join('\n')}`;
}

const targets = readdirSync(join(root, 'actions'))
  .map((name) => join(root, 'actions', name))
  .filter((dir) => existsSync(join(dir, 'action.yml')) && existsSync(join(dir, 'README.md')));
const stale = [];
for (const dir of targets) {
  const spec = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));
  const file = join(dir, 'README.md');
  const before = readFileSync(file, 'utf8');
  let after = place(before, 'inputs', table('inputs', spec.inputs), relative(root, file));
  after = place(after, 'outputs', table('outputs', spec.outputs), relative(root, file));
  if (after === before) continue;
  if (check) stale.push(relative(root, file));
  else {
    writeFileSync(file, after);
    console.log(`${relative(root, file)} updated`);
  }
}
// Each stage action's inputs as the runner sees them: names, and defaults (`${{ github.token }}` kept as
// written: the pipeline puts the token it was given there).
const STAGES = [
  'setup-go',
  'go-build-ldflags',
  'docker-multistage',
  'render-manifests',
  'k8s-rollout',
  'smoke-test',
];
const declarations = Object.fromEntries(
  STAGES.map((stage) => {
    const spec = parse(readFileSync(join(root, 'actions', stage, 'action.yml'), 'utf8'));
    return [
      stage,
      Object.fromEntries(
        Object.entries(spec.inputs ?? {}).map(([name, input]) => [
          name,
          input.default === undefined ? null : String(input.default),
        ]),
      ),
    ];
  }),
);
const generated = `// Generated by \`npm run docs\` from actions/<stage>/action.yml; \`npm run check-docs\` keeps it current.
// Each stage action's inputs: name → default (null: none).
export const STAGE_INPUTS = ${JSON.stringify(declarations, null, 2)} as const satisfies Record<string, Record<string, string | null>>;
`;
const generatedFile = join(root, 'packages/pipeline/src/stage-inputs.ts');
if (!existsSync(generatedFile) || readFileSync(generatedFile, 'utf8') !== generated) {
  if (check) stale.push(relative(root, generatedFile));
  else {
    writeFileSync(generatedFile, generated);
    console.log(`${relative(root, generatedFile)} updated`);
  }
}
if (stale.length) {
  console.error(
    `README tables differ from action.yml; run \`npm run docs\` and commit:\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
if (check) console.log(`action READMEs match their action.yml (${targets.length})`);
