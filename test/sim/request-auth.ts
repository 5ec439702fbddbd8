/**
 * Authentication as GitHub checks it: a configured token (or an installation token this
 * simulator issued) for ordinary routes, and a JWT-shaped bearer for GitHub App routes.
 * Signatures are not verified; the point is to catch a client sending the wrong kind of credential.
 */
import type { IncomingHttpHeaders } from 'node:http';

export type AuthResult =
  | { ok: true; tokenKey: string }
  | { ok: false; status: 401; body: { message: string; documentation_url: string; status: string } };

const TOKEN_TTL_MS = 3_600_000;

function credential(headers: IncomingHttpHeaders): { scheme: string; value: string } | null {
  const header = headers.authorization;
  if (!header) return null;
  const m = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
  return m ? { scheme: m[1]!.toLowerCase(), value: m[2]! } : null;
}

function denied(message: string): AuthResult {
  return { ok: false, status: 401, body: { message, documentation_url: 'https://docs.github.com/rest', status: '401' } };
}

export class AuthGate {
  private readonly issued = new Map<string, number>();
  private counter = 0;

  /** `token: null` accepts any request (or none); a string requires exactly that token. */
  constructor(private readonly token: string | null, private readonly now: () => number = Date.now) {}

  issueInstallationToken(): { token: string; expiresAt: string } {
    this.counter++;
    const token = `ghs_sim${String(this.counter).padStart(8, '0')}${'x'.repeat(25)}`;
    const expires = this.now() + TOKEN_TTL_MS;
    this.issued.set(token, expires);
    return { token, expiresAt: new Date(expires).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  }

  check(headers: IncomingHttpHeaders, appRoute: boolean): AuthResult {
    const cred = credential(headers);
    if (appRoute) {
      if (!cred || cred.scheme !== 'bearer' || cred.value.split('.').length !== 3) {
        return denied('A JSON web token could not be decoded');
      }
      return { ok: true, tokenKey: 'app-jwt' };
    }
    if (this.token === null) return { ok: true, tokenKey: cred?.value ?? 'anonymous' };
    if (!cred) return denied('Requires authentication');
    const expiry = this.issued.get(cred.value);
    if (cred.value === this.token || (expiry !== undefined && expiry > this.now())) return { ok: true, tokenKey: cred.value };
    return denied('Bad credentials');
  }
}
