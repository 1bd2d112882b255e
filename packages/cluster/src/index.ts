// How goship reaches a Kubernetes API server: the kubeconfig, its credentials (exec plugins, token files,
// client certificates, basic auth), the HTTPS client with the kubeconfig's TLS, the connection check and
// discovery — and speaking the API about objects: manifests parsed at file:line, the apply plan, server-side
// apply and its errors explained. Below every stage: k8s-rollout (@goship/kube), the smoke test's service
// proxy (@goship/probe), the render preview (@goship/manifests) and the pipeline's live facts reach a
// cluster only through here.
export * from './apply.js';
export * from './client.js';
export * from './connect.js';
export * from './credentials.js';
export * from './discovery.js';
export * from './kubeconfig.js';
export * from './manifests.js';
export * from './plan.js';
export * from './proxy.js';
export * from './types.js';
