import { code, formatBytes, heading, table } from '@goship/kit';
import type { PublishResult } from './publish.js';

/** The job summary: where the image is, its digest, tags, and size per platform and per layer. */
export function publishSummary(r: PublishResult): string {
  const parts = [
    heading(`docker-multistage: ${r.pushed ? 'pushed' : 'wrote'} ${code(r.image)}`),
    table(
      ['Image', 'Value'],
      [
        ['Reference', code(r.image)],
        ['Digest', code(r.digest)],
        ['Tags', r.tags.length > 0 ? r.tags.map(code).join(' ') : '(none: by digest only)'],
        ['Platforms', r.platforms.join(', ')],
        ['Version / revision', `${code(r.version)} / ${code(r.revision.slice(0, 12))}`],
        ['Created (commit time)', r.created],
        [
          'Backend',
          r.mode === 'dockerfile'
            ? `dockerfile (${r.builder})`
            : r.mode === 'merge'
              ? `merge (${r.perPlatform.length} images pushed by digest; no daemon, no layer moved)`
              : 'assemble (no daemon)',
        ],
        ['Listening check', listeningCell(r)],
        ...(r.mode === 'assemble' && r.pushed
          ? [
              [
                'Blobs',
                `${r.uploaded} uploaded (${formatBytes(r.uploadedBytes)}), ${r.reused} already present or mounted`,
              ],
            ]
          : []),
      ],
    ),
  ];
  if (r.perPlatform.length > 0) {
    parts.push(
      heading('Size per platform', 4),
      table(
        ['Platform', 'Manifest', 'Size (compressed)', 'Layers'],
        r.perPlatform.map((p) => [
          p.platform,
          code(p.digest.slice(0, 19)),
          formatBytes(p.size),
          p.layers.length,
        ]),
      ),
      heading('Layers', 4),
      table(
        ['Platform', 'Layer', 'Size', 'Content', 'Transfer'],
        r.perPlatform.flatMap((p) =>
          p.layers.map((l) => [
            p.platform,
            code(l.digest.slice(0, 19)),
            formatBytes(l.size),
            l.description,
            l.transfer ?? '',
          ]),
        ),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

function listeningCell(r: PublishResult): string {
  const l = r.listening;
  if (l.status === 'passed')
    return `${l.platform}: the process listens on ${code(String(l.port))} as declared (${l.declaredBy?.join(', ')}; ${l.user ? `as ${l.user} ` : ''}in ${l.isolation ?? `a ${l.sandbox} sandbox`})`;
  return `${l.status}: ${l.reason ?? ''}`;
}
