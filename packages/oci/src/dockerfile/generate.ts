/*
 * The generated Dockerfile for a Go service: a builder stage on a pinned golang image (module download
 * in its own layer, cache mounts, the same -ldflags composition as go-build-ldflags passed as a build
 * argument), and a runtime stage (scratch by default, with CA certificates and a passwd/group holding
 * the non-root user 65532). Every FROM image is an ARG so a build can point it at a mirror.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidReferenceError, ldflagsBuildArg, PORT_ENV, parseReference } from '@goship/contract';
import { UserError } from '@goship/kit';

// Fully qualified: buildah/podman refuse short names when registries.conf has no unqualified-search
// registries (and resolving them through a search list is a spoofing risk anyway).
export const RUNTIME_ALIASES: Record<string, string> = {
  scratch: 'scratch',
  distroless: 'gcr.io/distroless/static-debian12:nonroot',
  alpine: 'docker.io/library/alpine:3.20',
};

export interface GenerateOptions {
  /** Go version for the builder tag (`1.22`, `1.22.5`). */
  goVersion: string;
  /** `go build` package (`.`, `./cmd/server`). */
  package: string;
  binaryName: string;
  port: number;
  /** The variable the service reads its port from (port-env; PORT by default). */
  portEnv?: string;
  /** Runtime image (scratch, a RUNTIME_ALIASES key, or a reference). */
  runtime: string;
  hasGoSum: boolean;
  /** A `netrc` build secret is given: the go commands read it (private modules), never a layer. */
  netrcSecret?: boolean;
}

export const LDFLAGS_ARG = 'GOSHIP_LDFLAGS';

/**
 * The runtime stage image for input `base`: an alias, or an image reference exactly as written. It is
 * written into `ARG RUNTIME_IMAGE=…`, so anything else (a newline would start a new Dockerfile
 * instruction) is refused. Throws InvalidReferenceError.
 */
export function runtimeImage(text: string): string {
  const alias = RUNTIME_ALIASES[text];
  if (alias) return alias;
  // parseReference trims its input; the Dockerfile would not.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\s\u0000-\u001f\u007f]/.test(text))
    throw new InvalidReferenceError(text, 'it contains whitespace or control characters');
  parseReference(text);
  return text;
}

/** The go (or toolchain) version a module asks for, from go.mod: `toolchain go1.22.5` wins over `go 1.22`. */
export function goVersionFromModule(dir: string): string | undefined {
  const path = join(dir, 'go.mod');
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const toolchain = /^toolchain\s+go(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
  const go = /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text);
  return toolchain?.[1] ?? go?.[1];
}

/** What `go build` names the binary of the module root: the last path element, without a /vN suffix. */
export function binaryNameFromModule(dir: string): string | undefined {
  const path = join(dir, 'go.mod');
  if (!existsSync(path)) return undefined;
  const m = /^module\s+"?([^\s"]+)"?\s*$/m.exec(readFileSync(path, 'utf8'));
  if (!m) return undefined;
  const parts = m[1]!.split('/');
  if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts[parts.length - 1];
}

const SAFE_PACKAGE = /^(\.{1,2}(\/[A-Za-z0-9._~-]+)*|[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function generateDockerfile(o: GenerateOptions): string {
  if (!SAFE_PACKAGE.test(o.package))
    throw new UserError(`Input 'package': '${o.package}' is not a Go package path`, {
      hint: 'Use a path such as . or ./cmd/server.',
    });
  if (!SAFE_NAME.test(o.binaryName))
    throw new UserError(`binary name '${o.binaryName}' is not valid`, { hint: 'Use letters, digits, . _ -' });
  if (!/^\d+\.\d+(\.\d+)?$/.test(o.goVersion))
    throw new UserError(`Go version '${o.goVersion}' is not of the form 1.22 or 1.22.5`);
  let runtime: string;
  try {
    runtime = runtimeImage(o.runtime);
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    throw new UserError(
      `Input 'base': ${JSON.stringify(o.runtime)} is not an image reference: ${e.problem}`,
      {
        hint: `Use scratch, ${Object.keys(RUNTIME_ALIASES)
          .filter((k) => k !== 'scratch')
          .join(', ')}, or an image reference such as gcr.io/distroless/static-debian12:nonroot.`,
      },
    );
  }
  const scratch = runtime === 'scratch';
  const ld = ldflagsBuildArg('', LDFLAGS_ARG);
  const bin = `/usr/local/bin/${o.binaryName}`;
  // The go command and git read $HOME/.netrc; a secret mount exists only while its RUN runs.
  const netrcMount = o.netrcSecret ? '--mount=type=secret,id=netrc,target=/root/.netrc,required=true ' : '';
  const privateArgs = o.netrcSecret
    ? '# Private module paths (build-args: GOPRIVATE=github.com/acme/*): no proxy, no checksum database.\nARG GOPRIVATE=\n'
    : '';
  return `# syntax=docker/dockerfile:1
# Generated by goship docker-multistage. Override the images with --build-arg GO_IMAGE=… / RUNTIME_IMAGE=….
ARG GO_IMAGE=docker.io/library/golang:${o.goVersion}
ARG RUNTIME_IMAGE=${runtime}

FROM --platform=$BUILDPLATFORM \${GO_IMAGE} AS builder
WORKDIR /src
ENV CGO_ENABLED=0 GOTOOLCHAIN=local GOMODCACHE=/go/pkg/mod GOCACHE=/root/.cache/go-build
# Modules first: this layer is reused until go.mod/go.sum change.
COPY go.mod ${o.hasGoSum ? 'go.sum ' : ''}./
${privateArgs}RUN --mount=type=cache,target=/go/pkg/mod ${netrcMount}go mod download
COPY . .
${ld.dockerfileArg}
ARG TARGETOS TARGETARCH TARGETVARIANT
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build ${netrcMount}\\
    GOOS="$TARGETOS" GOARCH="$TARGETARCH" GOARM="\${TARGETVARIANT#v}" \\
    go build -trimpath -buildvcs=false ${ld.goBuildFlag} -o /out${bin} '${o.package}'
# A passwd/group with the non-root user, and the CA bundle when the builder has one.
RUN mkdir -p /out/rootfs/etc/ssl/certs /out/rootfs/tmp && chmod 1777 /out/rootfs/tmp && \\
    printf 'root:x:0:0:root:/root:/sbin/nologin\\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\\n' > /out/rootfs/etc/passwd && \\
    printf 'root:x:0:\\nnonroot:x:65532:\\n' > /out/rootfs/etc/group && \\
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then cp /etc/ssl/certs/ca-certificates.crt /out/rootfs/etc/ssl/certs/; fi

FROM \${RUNTIME_IMAGE}
${scratch ? 'COPY --from=builder /out/rootfs/ /\n' : ''}COPY --from=builder /out${bin} ${bin}
ARG APP_PORT=${o.port}
ENV ${o.portEnv ?? PORT_ENV}=\${APP_PORT}
EXPOSE \${APP_PORT}
USER 65532:65532
ENTRYPOINT ["${bin}"]
`;
}
