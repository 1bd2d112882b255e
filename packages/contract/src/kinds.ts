/*
 * The order in which Kubernetes kinds are written (render-manifests) and applied (k8s-rollout): Helm's
 * install order (helm.sh/helm/v3 pkg/releaseutil/kind_sorter.go, InstallOrder). What others depend on
 * comes first — priority classes, namespaces, policies, identities, config, storage, CRDs, RBAC,
 * services — then workloads, then what routes to them and the admission webhooks. Kinds not listed
 * (custom resources) go last, after their CustomResourceDefinitions.
 */
export const KIND_ORDER: readonly string[] = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];

const RANK = new Map(KIND_ORDER.map((kind, i) => [kind, i]));

/** Position of a kind in KIND_ORDER; every unlisted kind shares the last rank. */
export function kindRank(kind: string): number {
  return RANK.get(kind) ?? KIND_ORDER.length;
}
