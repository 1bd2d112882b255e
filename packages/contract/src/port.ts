/*
 * The one port (docs/ARCHITECTURE.md "One port"), as the stages hand it on: the image sets it in its
 * environment, the rendered Deployment sets the same variable from its ConfigMap and names the container
 * port, and the probes and the Service's targetPort refer to that name. Checks of a user's manifests
 * look for the same two names.
 *
 * The variable is PORT unless the service reads another one (`port-env: APP_PORT`): every stage that
 * writes or reads the port's variable takes that name from here, so the image's ENV, the ConfigMap key,
 * the Deployment's env and the checks of all three say the same name.
 */
import { InputError, type Inputs } from '@goship/kit';

/** The environment variable a service reads its listening port from, unless port-env names another. */
export const PORT_ENV = 'PORT';

/** The name of the container port the service listens on. */
export const PORT_NAME = 'http';

/** What a port-env value must look like: an environment variable name (POSIX, as Kubernetes accepts it). */
export const PORT_ENV_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The expected form of port-env, for input errors. */
export const PORT_ENV_FORM = 'an environment variable name such as PORT, APP_PORT or SERVER_PORT';

/**
 * The port-env input's value: the variable, or undefined when it is not a variable name (the caller names
 * the input in its error). An empty value is the default, PORT.
 */
export function portEnvName(value: string | undefined): string | undefined {
  const name = value?.trim() || PORT_ENV;
  return PORT_ENV_PATTERN.test(name) ? name : undefined;
}

/**
 * The port variable's value in an image config's `Env` (`KEY=value` entries), or undefined when it is
 * unset. `name` is the service's port variable (port-env), PORT by default.
 */
export function portInEnv(env: readonly string[], name: string = PORT_ENV): string | undefined {
  return env.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The port-env input read: its variable (PORT when empty), or an error naming the input. */
export function portEnvInput(inputs: Inputs, input = 'port-env'): string {
  const given = inputs.string(input);
  const name = portEnvName(given);
  if (name === undefined)
    throw new InputError(
      input,
      `'${given}' is not an environment variable name`,
      PORT_ENV_FORM,
      'Name the variable your service reads its port from (PORT when it reads none: then pass the port through args, e.g. --port=$(PORT)).',
    );
  return name;
}

/**
 * The args input: the container's arguments, one per line, as a Deployment's `args` (they replace the
 * image's Cmd; the Entrypoint stays). `$(NAME)` is the container's environment variable NAME, expanded by
 * the kubelet (expandArgs does the same for the listening check).
 */
export function argsInput(inputs: Inputs, input = 'args'): string[] {
  const args = inputs.lines(input);
  for (const arg of args) {
    const open = arg.lastIndexOf('$(');
    if (open >= 0 && !arg.slice(open).includes(')'))
      throw new InputError(
        input,
        `'${arg}' opens $( without closing it`,
        'one argument per line, $(NAME) for an environment variable, such as --port=$(PORT)',
      );
  }
  return args;
}

/**
 * An argument with `$(NAME)` replaced from `env` as the kubelet expands a container's args: `$$` is a
 * literal `$`, an undefined `$(NAME)` is kept as written, any other `$` is itself.
 */
export function expandArgs(arg: string, env: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < arg.length; i++) {
    const next = arg[i + 1];
    if (arg[i] !== '$' || next === undefined) out += arg[i];
    else if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = arg.indexOf(')', i + 2);
      if (close < 0) return out + arg.slice(i);
      const name = arg.slice(i + 2, close);
      out += Object.hasOwn(env, name) ? env[name] : `$(${name})`;
      i = close;
    } else out += '$';
  }
  return out;
}
