/**
 * Staff passwords: Argon2id through @node-rs/argon2 (a maintained native binding),
 * with the OWASP-recommended cost (19 MiB, 2 passes, 1 lane). Passwords are NFC-normalised
 * first so a Vietnamese password typed on a phone (composed letters) and on a PC
 * (combining marks) is the same password.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { z } from 'zod';

// the package exports Algorithm as a const enum, which isolatedModules cannot inline: Argon2id = 2
const ARGON2ID = 2 as Algorithm;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

/** a long passphrase is encouraged; the upper bound only keeps a hashing request bounded */
export const PasswordSchema = z
  .string()
  .transform((p) => p.normalize('NFC'))
  .pipe(
    z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (password: at least ${MIN_PASSWORD_LENGTH} characters)`)
      .max(256, 'Mật khẩu dài quá 256 ký tự (password: at most 256 characters)'),
  );

/**
 * Each check takes 19 MiB and tens of milliseconds of a core: a burst of sign-in posts
 * waits its turn here instead of taking the machine's memory and both cores from the
 * citizens' conversations.
 */
const MAX_CONCURRENT_HASHES = 2;
let hashing = 0;
const waiting: Array<() => void> = [];

async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  while (hashing >= MAX_CONCURRENT_HASHES) await new Promise<void>((turn) => waiting.push(turn));
  hashing++;
  try {
    return await work();
  } finally {
    hashing--;
    waiting.shift()?.();
  }
}

export async function hashPassword(password: string): Promise<string> {
  return oneAtATime(() => hash(password.normalize('NFC'), ARGON2_OPTIONS));
}

/** false for a wrong password and for a hash that cannot be read (never throws) */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await oneAtATime(() => verify(passwordHash, password.normalize('NFC')));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of nothing anyone knows, made once with the same cost as real ones: checking a
 * password against it for an unknown, disabled or locked username takes as long as a real
 * check, so the answer's timing does not tell which usernames exist.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-such-account-${Math.random()}-${Date.now()}`);
  return dummy;
}
