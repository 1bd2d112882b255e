/*
 * Annotation keys that render-manifests writes and k8s-rollout writes or reads. One spelling each: a key
 * written by one action and looked up under another name by the next is a silent disagreement.
 */

/** The application version (pod template: a new version rolls the pods). */
export const VERSION_ANNOTATION = 'goship.dev/version';
/** The commit the image was built from (pod template). */
export const COMMIT_ANNOTATION = 'goship.dev/commit';
/**
 * The workflow run that deployed the workload (workload metadata, not the pod template: re-running the
 * same commit must not restart every pod). Its value is the run's URL, hence the name.
 */
export const RUN_URL_ANNOTATION = 'goship.dev/run-url';
/**
 * A hash of the content of every ConfigMap and Secret of the rendered set that a pod template reads (pod
 * template: pods read them only at start, so a changed ConfigMap must change the template to roll them;
 * an unchanged one leaves it unchanged). Helm charts spell the same idea `checksum/config`.
 */
export const CONFIG_HASH_ANNOTATION = 'goship.dev/config-hash';
