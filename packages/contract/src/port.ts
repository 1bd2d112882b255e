/*
 * The one port (docs/ARCHITECTURE.md "One port"), as the stages hand it on: the image sets it in its
 * environment, the rendered Deployment sets the same variable from its ConfigMap and names the container
 * port, and the probes and the Service's targetPort refer to that name. Checks of a user's manifests
 * look for the same two names.
 */

/** The environment variable a service reads its listening port from. */
export const PORT_ENV = 'PORT';

/** The name of the container port the service listens on. */
export const PORT_NAME = 'http';

/** The PORT_ENV value in an image config's `Env` (`KEY=value` entries), or undefined when it is unset. */
export function portInEnv(env: readonly string[]): string | undefined {
  return env.find((e) => e.startsWith(`${PORT_ENV}=`))?.slice(PORT_ENV.length + 1);
}
