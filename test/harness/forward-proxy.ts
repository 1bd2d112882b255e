/*
 * A forward proxy on loopback for tests of proxied clients, as a corporate proxy behaves: plain-http requests by
 * absolute URL and CONNECT tunnels (to port 443), for one host name only, which it maps to loopback servers, so
 * a request that skips the proxy cannot reach the server (the name resolves nowhere). It records every request
 * line with the headers it could read, and answers 407 when `credentials` are set and not presented.
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface ProxySighting {
  /** `CONNECT host:443` or `GET http://host/path`. */
  line: string;
  authorization?: string;
  proxyAuthorization?: string;
}

export interface ForwardProxy {
  /** `127.0.0.1:port`. */
  hostPort: string;
  seen: ProxySighting[];
  close(): void;
}

export async function startForwardProxy(opts: {
  /** The only name forwarded; anything else gets 502. */
  host: string;
  /** Loopback port of the plain-http server behind `http://host/...`. */
  httpPort?: number;
  /** Loopback port of the TLS server behind `CONNECT host:443`. */
  tlsPort?: number;
  /** `user:password` the proxy wants (Basic); without, it asks for nothing. */
  credentials?: string;
}): Promise<ForwardProxy> {
  const seen: ProxySighting[] = [];
  const basic = opts.credentials && `Basic ${Buffer.from(opts.credentials).toString('base64')}`;
  const record = (line: string, req: http.IncomingMessage) =>
    seen.push({
      line,
      authorization: req.headers.authorization,
      proxyAuthorization: req.headers['proxy-authorization'],
    });
  const refused = (req: http.IncomingMessage) => basic && req.headers['proxy-authorization'] !== basic;

  const server = http.createServer((req, res) => {
    record(`${req.method} ${req.url}`, req);
    if (refused(req)) return res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="corp"' }).end();
    const url = new URL(req.url!);
    if (url.hostname !== opts.host || !opts.httpPort) return res.writeHead(502).end();
    const { 'proxy-authorization': _, ...headers } = req.headers;
    const up = http.request(
      {
        host: '127.0.0.1',
        port: opts.httpPort,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
      },
      (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    record(`CONNECT ${req.url}`, req);
    if (refused(req))
      return socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
    if (req.url !== `${opts.host}:443` || !opts.tlsPort)
      return socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const up = net.connect(opts.tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket).pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    hostPort: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
