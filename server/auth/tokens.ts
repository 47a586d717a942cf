/**
 * Workspace tokens and ids. A token is 32 random bytes in base64url; the store keeps only its
 * SHA-256 hash, and a presented token is compared with `timingSafeEqual` so the time a check takes
 * says nothing about how much of a guess was right.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Ids of workspaces and versions: 16 url-safe characters (96 random bits). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** True when `token` hashes to `hash`; constant time in the token's content. */
export function tokenMatches(token: string, hash: Uint8Array): boolean {
  const presented = hashToken(token);
  return hash.length === presented.length && timingSafeEqual(presented, hash);
}

/** The bearer token of an Authorization header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
