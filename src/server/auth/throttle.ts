import { and, eq, gt, inArray, isNull, like, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { percobaanLogin } from '../../db/schema/index.ts'
import { AppError, type Teks } from '../errors.ts'

/**
 * Login throttling, counted in the database so it holds across API processes. Three counters:
 *
 * - per account (`akun:<username>`): after `maks` failures within the lock period the account is locked,
 *   from every address, even for the right password;
 * - per address + account (`ip-akun:<address>|<username>`): the same threshold, but remembered for a day and
 *   each further lock twice as long, so one address that keeps guessing one account is held off ever longer
 *   while the owner elsewhere only waits out the account lock;
 * - per address (`ip:<address>`): failures across accounts. A government office is one NAT address, so the
 *   address is never locked: past its threshold a WRONG attempt answers 429 with a growing Retry-After, and
 *   a correct password of any account still logs in.
 *
 * Every failure is one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING (no read-then-write), so parallel
 * wrong passwords are all counted.
 */
export interface AturanThrottle {
  /** Failures before a lock (per address: before the slow-down). */
  maks: number
  /** Lock length (the first one, for escalating keys). */
  kunciMenit: number
  /** A failure older than this is forgotten: the count starts again. */
  ingatMenit: number
  /** Lock again at every multiple of `maks`, each time twice as long (capped at `ingatMenit`). */
  bertingkat: boolean
  /** Only count (the per-address counter never locks). */
  tanpaKunci?: boolean
}

export const kunciAkun = (username: string) => `akun:${username}`
export const kunciIpAkun = (ip: string, username: string) => `ip-akun:${ip}|${username}`
export const kunciIp = (ip: string) => `ip:${ip}`

/** When the latest lock among these keys ends, or undefined when none is locked now. */
export async function terkunciSampai(db: Db, kunci: string[], sekarang: Date): Promise<Date | undefined> {
  const rows = await db
    .select({ sampai: percobaanLogin.terkunciSampai })
    .from(percobaanLogin)
    .where(and(inArray(percobaanLogin.kunci, kunci), gt(percobaanLogin.terkunciSampai, sekarang)))
  const akhir = Math.max(0, ...rows.map((r) => r.sampai?.getTime() ?? 0))
  return akhir > 0 ? new Date(akhir) : undefined
}

/** Records one failure atomically; returns the count after it and the lock it caused (if any). */
export async function catatGagal(db: Db, kunci: string, aturan: AturanThrottle, sekarang: Date) {
  const t = percobaanLogin
  const lupa = new Date(sekarang.getTime() - aturan.ingatMenit * 60_000)
  // Evaluated against the row as it was: a forgotten count starts again at 1.
  const gagalBaru = sql`(case when ${t.updatedAt} <= ${lupa} then 1 else ${t.gagal} + 1 end)`
  const kunciPertama = new Date(sekarang.getTime() + aturan.kunciMenit * 60_000)
  const kunciBaru = aturan.tanpaKunci
    ? sql`null`
    : aturan.bertingkat
      ? sql`(case when ${gagalBaru} % ${aturan.maks} = 0
          then ${sekarang}::timestamptz + make_interval(mins => least(
            ${aturan.kunciMenit} * power(2, least(${gagalBaru} / ${aturan.maks} - 1, 20)), ${aturan.ingatMenit})::int)
          else ${t.terkunciSampai} end)`
      : sql`(case when ${gagalBaru} >= ${aturan.maks} then ${kunciPertama}::timestamptz
          when ${t.updatedAt} <= ${lupa} then null else ${t.terkunciSampai} end)`
  const [row] = await db
    .insert(t)
    .values({
      kunci,
      gagal: 1,
      terkunciSampai: !aturan.tanpaKunci && aturan.maks <= 1 ? kunciPertama : null,
      updatedAt: sekarang,
    })
    .onConflictDoUpdate({
      target: t.kunci,
      set: { gagal: gagalBaru, terkunciSampai: kunciBaru, updatedAt: sekarang },
    })
    .returning({ gagal: t.gagal, terkunciSampai: t.terkunciSampai })
  return row
}

/** A successful login forgets the failures of the account and of this address + account (not the address). */
export async function resetGagal(db: Db, kunci: string[]) {
  await db.delete(percobaanLogin).where(inArray(percobaanLogin.kunci, kunci))
}

/**
 * An admin's password reset lifts every lock on the account, including the address + account ones: the
 * owner who mistyped at their own desk must be able to use the new temporary password there.
 */
export async function resetGagalAkun(db: Db, username: string) {
  const k = percobaanLogin.kunci
  await db
    .delete(percobaanLogin)
    .where(
      or(
        eq(k, kunciAkun(username)),
        and(like(k, 'ip-akun:%'), sql`substr(${k}, position('|' in ${k}) + 1) = ${username}`),
      ),
    )
}

/**
 * Housekeeping: forgets counters nobody remembers any more (older than `ingatMenit`, no lock running), so
 * the failures of many addresses do not pile up. The caller runs it now and then, not on every login.
 */
export async function hapusPercobaanLama(db: Db, sekarang: Date, ingatMenit: number) {
  const t = percobaanLogin
  const batas = new Date(sekarang.getTime() - ingatMenit * 60_000)
  await db
    .delete(t)
    .where(and(lt(t.updatedAt, batas), or(isNull(t.terkunciSampai), lt(t.terkunciSampai, sekarang))))
}

/**
 * Past the per-address threshold, a wrong attempt is told to wait 1, 2, 4 … seconds (at most `maksDetik`).
 * Returns undefined while the address is under its threshold.
 */
export function jedaAlamatDetik(gagal: number, maks: number, maksDetik: number): number | undefined {
  if (gagal <= maks) return undefined
  return Math.min(2 ** Math.min(gagal - maks - 1, 30), maksDetik)
}

/** A 429 that says how long to wait: the login route copies `retryAfterDetik` into the Retry-After header. */
export class TerlaluBanyakPercobaan extends AppError {
  constructor(
    code: string,
    teks: Teks,
    readonly retryAfterDetik: number,
  ) {
    super(429, code, teks)
  }
}
