/*
 * What the live cluster says about the deployed Service, for the pipeline's integrity report: the ports its
 * EndpointSlices serve, the version annotation of its Deployment and the image digest its pods run.
 */

import type { ClusterLog, ResolvedKubeconfig } from '@goship/cluster';
import { splitPinnedReference, VERSION_ANNOTATION } from '@goship/contract';

export interface LiveFact {
  subject: 'port' | 'version' | 'digest';
  where: string;
  value: string | number | undefined;
}

interface EndpointSliceList {
  items: { metadata: { name: string }; ports?: { name?: string; port?: number }[]; endpoints?: unknown[] }[];
}
interface Workload {
  metadata: { annotations?: Record<string, string> };
  spec: { selector?: { matchLabels?: Record<string, string> } };
}
interface PodList {
  items: {
    metadata: { name: string };
    status?: { containerStatuses?: { name: string; imageID?: string }[] };
  }[];
}

/**
 * The Service's EndpointSlice ports, the Deployment's goship.dev/version annotation and the image digest
 * its running pods report (imageID): what the cluster really runs, not what was sent to it.
 */
export async function liveFacts(
  kubeconfig: ResolvedKubeconfig,
  log: ClusterLog,
  target: { namespace: string; service: string; deployment: string },
  signal?: AbortSignal,
): Promise<LiveFact[]> {
  // Loaded here, not at the pipeline's start: only the integrity report, after the rollout, talks to the API.
  const { KubeClient } = await import('@goship/cluster');
  const client = await KubeClient.create(kubeconfig, log);
  const ns = encodeURIComponent(target.namespace);
  const facts: LiveFact[] = [];
  const slices = await client.request<EndpointSliceList>(
    'GET',
    `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?labelSelector=${encodeURIComponent(`kubernetes.io/service-name=${target.service}`)}`,
    { signal },
  );
  for (const s of slices.items)
    for (const p of s.ports ?? [])
      facts.push({
        subject: 'port',
        where: `EndpointSlice ${s.metadata.name} port ${p.name ?? ''} (${(s.endpoints ?? []).length} endpoints)`,
        value: p.port,
      });
  const deployment = await client.request<Workload>(
    'GET',
    `/apis/apps/v1/namespaces/${ns}/deployments/${encodeURIComponent(target.deployment)}`,
    { signal },
  );
  facts.push({
    subject: 'version',
    where: `Deployment/${target.deployment} ${VERSION_ANNOTATION}`,
    value: deployment.metadata.annotations?.[VERSION_ANNOTATION],
  });
  const selector = Object.entries(deployment.spec.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const pods = await client.request<PodList>(
    'GET',
    `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(selector)}`,
    { signal },
  );
  for (const pod of pods.items)
    for (const c of pod.status?.containerStatuses ?? [])
      facts.push({
        subject: 'digest',
        where: `Pod ${pod.metadata.name} ${c.name} imageID`,
        value: splitPinnedReference(c.imageID ?? '')?.digest,
      });
  return facts;
}
