import { InvalidReferenceError, isDigest, parseReference } from '@goship/contract';
import { InputError } from '@goship/kit';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/*
 * The `clusters` input: a YAML list, one entry per cluster, either a context name of the `kubeconfig` input
 * (`- eu-west`) or a mapping with the cluster's own settings:
 *   - name: us-east
 *     kubeconfig: kube/us-east.yaml   # its own kubeconfig (path, content or base64); else the `kubeconfig` input
 *     context: us-east                # a context in that kubeconfig; else its current-context
 *     namespace: shop                 # instead of the `namespace` input
 *     image: mirror.us.example/acme/hello@sha256:…   # the same image (same digest) from another registry
 *     node-selector: {kubernetes.io/arch: arm64}     # added to every pod template
 * Everything is checked here, before anything connects: every problem names the input and the entry's line.
 */

export interface ClusterSpec {
  name: string;
  /** The cluster's own kubeconfig (path, YAML or base64); absent: the `kubeconfig` input. */
  kubeconfig?: string;
  /** The context to use; absent: the kubeconfig's current-context. */
  context?: string;
  namespace?: string;
  /** An image reference by digest replacing the manifests' image(s) with the same digest. */
  image?: string;
  nodeSelector?: Record<string, string>;
  /** The entry's line in the input (1-based), for errors. */
  line: number;
}

const INPUT = 'clusters';
const KEYS = ['name', 'kubeconfig', 'context', 'namespace', 'image', 'node-selector'] as const;
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KEY = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(|[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/;
const FORM =
  'a YAML list: one entry per cluster, a context name (`- eu-west`) or a mapping with name and kubeconfig or context (and optionally namespace, image, node-selector)';

function fail(problem: string, hint?: string): never {
  throw new InputError(INPUT, problem, FORM, hint);
}

/** Parses the `clusters` input; an empty value gives an empty list (the single-cluster rollout). */
export function parseClusters(text: string): ClusterSpec[] {
  if (text.trim() === '') return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    fail(`is not valid YAML: ${e.message.split('\n')[0]} (line ${lines.linePos(e.pos[0]).line})`);
  }
  if (!isSeq(doc.contents))
    fail(
      'is not a YAML list',
      'Start each cluster with "- ", e.g.\n- name: eu-west\n  context: eu-west\n- name: us-east\n  kubeconfig: kube/us-east.yaml',
    );
  const specs: ClusterSpec[] = [];
  for (const item of doc.contents.items) {
    const line = lines.linePos(item?.range?.[0] ?? 0).line;
    const at = `entry at line ${line}`;
    let spec: ClusterSpec;
    if (isScalar(item) && typeof item.value === 'string') {
      spec = { name: item.value, context: item.value, line };
    } else if (isMap(item)) {
      const raw = item.toJSON() as Record<string, unknown>;
      const unknown = Object.keys(raw).filter((k) => !(KEYS as readonly string[]).includes(k));
      if (unknown.length > 0)
        fail(
          `${at} has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}`,
          `Keys: ${KEYS.join(', ')}.`,
        );
      const str = (key: (typeof KEYS)[number]): string | undefined => {
        const v = raw[key];
        if (v === undefined || v === null) return undefined;
        if (typeof v !== 'string' || v.trim() === '') fail(`${at}: ${key} must be a non-empty string`);
        return v.trim();
      };
      const name = str('name');
      if (!name) fail(`${at} has no name`);
      spec = {
        name,
        kubeconfig: str('kubeconfig'),
        context: str('context'),
        namespace: str('namespace'),
        image: str('image'),
        nodeSelector: nodeSelector(raw['node-selector'], `cluster '${name}'`),
        line,
      };
      if (!spec.kubeconfig && !spec.context)
        fail(
          `cluster '${name}' has neither kubeconfig nor context`,
          'Give its own kubeconfig (path, content or base64), or a context of the `kubeconfig` input.',
        );
    } else {
      fail(`${at} is neither a context name nor a mapping`);
    }
    checkSpec(spec);
    if (specs.some((s) => s.name === spec.name))
      fail(`cluster '${spec.name}' is listed twice (line ${line})`, 'Give each cluster a unique name.');
    specs.push(spec);
  }
  if (specs.length === 0) fail('is an empty list');
  return specs;
}

function checkSpec(s: ClusterSpec): void {
  if (!NAME.test(s.name))
    fail(
      `cluster name '${s.name}' (line ${s.line}) is not valid`,
      'A name is 1-63 letters, digits, -, _ or ., starting and ending with a letter or digit.',
    );
  if (s.namespace && !NAMESPACE.test(s.namespace))
    fail(`cluster '${s.name}': namespace '${s.namespace}' is not a valid namespace name (a DNS label)`);
  if (s.image) {
    let digest: string | undefined;
    try {
      digest = parseReference(s.image).digest;
    } catch (err) {
      if (err instanceof InvalidReferenceError) fail(`cluster '${s.name}': image ${err.message}`);
      throw err;
    }
    if (!isDigest(digest ?? ''))
      fail(
        `cluster '${s.name}': image '${s.image}' is not pinned by digest`,
        'A per-cluster image is the same image from another registry (a regional mirror): <host>/<repository>@sha256:<the digest the manifests deploy>.',
      );
  }
}

function nodeSelector(value: unknown, who: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    fail(`${who}: node-selector must be a mapping of label keys to values, e.g. {kubernetes.io/arch: arm64}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!LABEL_KEY.test(k)) fail(`${who}: node-selector key '${k}' is not a valid label key`);
    if (typeof v === 'object' && v !== null) fail(`${who}: node-selector value of '${k}' must be a string`);
    const text = String(v ?? '');
    if (!LABEL_VALUE.test(text))
      fail(`${who}: node-selector value '${text}' of '${k}' is not a valid label value`);
    out[k] = text;
  }
  return out;
}
