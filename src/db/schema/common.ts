import { timestamp, uuid } from 'drizzle-orm/pg-core'

/** Primary keys are random UUIDs: never guessable in URLs (DESIGN.md "Data and scale"). */
export const id = () => uuid('id').primaryKey().defaultRandom()
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
