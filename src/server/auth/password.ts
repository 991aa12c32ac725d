import { hash, verify } from '@node-rs/argon2'

// argon2id with OWASP-recommended parameters (19 MiB, 2 iterations).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */ as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
}

export const hashPassword = (plain: string) => hash(plain, OPTIONS)

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain)
  } catch {
    return false
  }
}

/** A valid hash of a random password, verified against when the account does not exist (same timing). */
let dummy: Promise<string> | undefined
export const dummyHash = () => (dummy ??= hashPassword(`tidak-ada-${Math.random()}`))
