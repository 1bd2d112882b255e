import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Kubeconfig credentials as tests exercise them (the cluster's Credentials, the smoke test's service proxy):
 * a kubeconfig around one user, exec plugins as real shell scripts printing an ExecCredential, and a log that
 * records the notices and masked values a client reports.
 */

/** Where the plugins (and whatever else a test writes beside them) live. */
export const credentialDir = mkdtempSync(join(tmpdir(), 'credentials-'));

/** A kubeconfig with one context, its cluster at `server` (plus `clusterFields`), its user as `user` (YAML, indented 4). */
export function kubeconfig(user: string, server = 'https://10.0.0.1:6443', clusterFields = ''): string {
  return `apiVersion: v1
kind: Config
current-context: c
clusters:
- name: k
  cluster: {server: '${server}'${clusterFields ? `, ${clusterFields}` : ''}}
contexts:
- name: c
  context: {cluster: k, user: u}
users:
- name: u
  user:
${user}
`;
}

/** An executable shell script: an exec credential plugin. */
export function plugin(name: string, script: string): string {
  const file = join(credentialDir, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** A client's log that keeps the notices and the values it was told to mask. */
export function recorder() {
  const notices: string[] = [];
  const secrets: string[] = [];
  return {
    notices,
    secrets,
    log: {
      notice: (m: string) => notices.push(m),
      secret: (s: string) => secrets.push(s),
      info: () => {},
      warning: () => {},
      debug: () => {},
    },
  };
}
