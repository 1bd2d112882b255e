/*
 * The assembled image written instead of pushed (push: false): every blob, base layers fetched through
 * files, as an OCI layout directory or an oci-archive (layout.ts).
 */

import { UserError } from '@goship/kit';
import type { Blob } from '../image.js';
import { type FileBlob, writeLayout } from '../layout.js';
import type { BuiltImage } from './platform.js';
import type { AssembleRequest, AssembleResult } from './request.js';

export async function writeImage(
  req: AssembleRequest,
  { builds, top, report, fetchBaseLayer }: BuiltImage,
): Promise<AssembleResult['output']> {
  if (!req.output)
    throw new UserError(
      "Input 'output' is required when push is false (an OCI layout directory, or a path ending in .tar).",
    );
  const blobs: (Blob | FileBlob)[] = [];
  for (const b of builds) {
    for (const l of b.base?.layers ?? []) {
      blobs.push({ path: await fetchBaseLayer(l), descriptor: l });
      report.get(l.digest)!.transfer = 'written';
    }
    for (const l of b.ownLayers) {
      blobs.push(l.blob);
      report.get(l.blob.descriptor.digest)!.transfer = 'written';
    }
    blobs.push(b.config, b.manifest);
  }
  if (builds.length > 1) blobs.push(top);
  return await writeLayout(req.output, { blobs, top: top.descriptor, tags: req.tags }, req.mtime);
}
