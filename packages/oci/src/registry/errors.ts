/* Errors from registries, as users should read them, and the rule for plain-HTTP registries. */
import { UserError } from '@goship/kit';
import type { HttpResponse } from './http.js';

/** A registry answered with an error status; `codes` are the Distribution API error codes. */
export class RegistryError extends UserError {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: string[],
    hint?: string,
  ) {
    super(message, { hint });
    this.name = 'RegistryError';
  }
}

export class RegistryAuthError extends UserError {
  constructor(message: string, hint: string) {
    super(message, { hint });
    this.name = 'RegistryAuthError';
  }
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;

/** Docker's rule: loopback registries may be plain HTTP without configuration. */
export function isLoopbackRegistry(registry: string): boolean {
  return LOOPBACK.test(registry);
}

export function registryErrorDetail(res: HttpResponse): { codes: string[]; text: string } {
  try {
    const parsed = JSON.parse(res.body.toString('utf8')) as {
      errors?: { code?: string; message?: string; detail?: unknown }[];
    };
    const errs = parsed.errors ?? [];
    if (errs.length > 0) {
      return {
        codes: errs.map((e) => e.code ?? ''),
        text: errs
          .map(
            (e) =>
              `${e.code}: ${e.message}${e.detail ? ` (${typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail)})` : ''}`,
          )
          .join('; '),
      };
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return { codes: [], text: res.body.toString('utf8').trim().slice(0, 300) || `HTTP ${res.status}` };
}
