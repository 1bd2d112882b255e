/*
 * The shapes of the raw JSON the API server sends that every caller reads: object metadata and the `Status`
 * of an error. We talk to the API with plain JSON (not client-node's model classes, whose deserializer turns
 * timestamps into Dates and drops unknown fields), so these types describe the wire format.
 */

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
}

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  time?: string;
  apiVersion?: string;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  managedFields?: ManagedFieldsEntry[];
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  // biome-ignore lint/suspicious/noExplicitAny: manifests carry arbitrary fields
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: status shapes differ per kind
  status?: any;
  [key: string]: unknown;
}

/** A `Status` object, what the API server sends for every error. */
export interface ApiStatus {
  kind?: 'Status';
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: { reason?: string; message?: string; field?: string }[];
  };
}

/** Where an object came from in the manifests, for annotations at file:line. */
export interface Origin {
  file: string;
  line: number;
  /** 0-based index of the YAML document in the file. */
  document: number;
}

export function objectRef(obj: { kind: string; metadata: ObjectMeta }): string {
  const ns = obj.metadata.namespace ? `${obj.metadata.namespace}/` : '';
  return `${obj.kind} ${ns}${obj.metadata.name ?? obj.metadata.generateName ?? '?'}`;
}
