import { InputError } from '@goship/kit';

/** Where one check goes: a URL, or a Service reached through the API server's service proxy. */
export type Target = UrlTarget | ServiceTarget;

export interface UrlTarget {
  kind: 'url';
  url: URL;
  /** The URL with any password replaced by `***`, for reports. */
  display: string;
}

export interface ServiceTarget {
  kind: 'service';
  /** Empty: the kubeconfig context's namespace, else `default`. */
  namespace?: string;
  name: string;
  /** A port number or the Service port's name. */
  port: string;
  /** Path and query, starting with `/`. */
  path: string;
  display: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_FORM = '[namespace/]name:port[/path], e.g. `hello:8080/version` or `prod/hello:http/healthz`';

export function parseUrlTarget(input: string, value: string): UrlTarget {
  let url: URL;
  try {
    // `localhost:8080/x` parses as a URL of scheme `localhost:`; require the `//` of a real one.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) throw new TypeError('no scheme');
    url = new URL(value);
  } catch {
    throw new InputError(
      input,
      `'${redactUrlText(value)}' is not an absolute URL`,
      'http:// or https:// URLs, e.g. https://hello.example.com/healthz',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      input,
      `'${redactUrlText(value)}' uses ${url.protocol.replace(/:$/, '')}://`,
      'http:// or https:// URLs',
    );
  }
  // WHATWG URL accepts port 0 (and nothing can listen there): refused now, not after the whole timeout.
  if (url.port === '0') {
    throw new InputError(
      input,
      `'${redactUrlText(value)}' has port 0`,
      'a URL whose port is from 1 to 65535',
    );
  }
  return { kind: 'url', url, display: displayUrl(url) };
}

export function parseServiceTarget(input: string, value: string): ServiceTarget {
  const m = /^(?:([^/:]+)\/)?([^/:]+):([^/]+)(\/.*)?$/.exec(value.trim());
  if (!m) throw new InputError(input, `'${value}' is not a service reference`, SERVICE_FORM);
  const [, namespace, name, port, path] = m;
  if (namespace !== undefined && (!DNS_LABEL.test(namespace) || namespace.length > 63)) {
    throw new InputError(input, `namespace '${namespace}' in '${value}' is not a valid name`, SERVICE_FORM);
  }
  if (!SERVICE_NAME.test(name!) || name!.length > 63) {
    throw new InputError(
      input,
      `service name '${name}' in '${value}' is not valid (lower-case letters, digits and -, starting with a letter)`,
      SERVICE_FORM,
    );
  }
  const numeric = /^\d+$/.test(port!);
  if (numeric ? Number(port) < 1 || Number(port) > 65535 : !PORT_NAME.test(port!) || port!.length > 15) {
    throw new InputError(
      input,
      `port '${port}' in '${value}' is neither a port number (1–65535) nor a port name`,
      SERVICE_FORM,
    );
  }
  const p = path ?? '/';
  return {
    kind: 'service',
    namespace,
    name: name!,
    port: port!,
    path: p,
    display: `service ${namespace ? `${namespace}/` : ''}${name}:${port}${p}`,
  };
}

/** A URL for reports: the password (if any) replaced. */
export function displayUrl(url: URL): string {
  if (!url.password) return url.toString();
  const copy = new URL(url.toString());
  copy.password = '***';
  return copy.toString();
}

function redactUrlText(value: string): string {
  return value.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}

/** The target with its path replaced when it has none (`expect-version` goes to `/version`). */
export function withDefaultPath(target: Target, path: string): Target {
  if (target.kind === 'url') {
    if (target.url.pathname !== '/' || target.url.search) return target;
    const url = new URL(target.url.toString());
    url.pathname = path;
    return { ...target, url, display: displayUrl(url) };
  }
  if (target.path !== '/') return target;
  return { ...target, path, display: target.display.replace(/\/$/, path) };
}
