import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../client.ts'
import { sql } from 'drizzle-orm'
import { hashPassword } from '../../server/auth/password.ts'
import { akun } from '../schema/index.ts'

/**
 * Seeds the demo data once, on an empty database. Demo passwords exist only here.
 * (Placeholder until the full deterministic demo seed lands: creates the national admin.)
 */
export async function seedDemoIfEmpty(database: Database, log: Pick<FastifyBaseLogger, 'info'>) {
  const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(akun)
  if (n > 0) return
  await database.db.insert(akun).values({
    username: 'admin',
    namaTampilan: 'Administrator Nasional',
    passwordHash: await hashPassword('demo12345'),
    peran: ['admin_nasional'],
  })
  log.info('demo data seeded')
}
