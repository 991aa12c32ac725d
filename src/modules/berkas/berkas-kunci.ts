import { randomUUID } from 'node:crypto'

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const BENTUK_KUNCI = new RegExp(`^${UUID}/\\d{4}/${UUID}$`)

/** A new storage key for a file of an instansi, in a year's folder. */
export const kunciBaru = (instansiId: string, tahun: number) =>
  `${instansiId}/${String(tahun).padStart(4, '0')}/${randomUUID()}`

/** Keys come from kunciBaru only; anything else (a row edited by hand) never becomes a path. */
export function pastikanKunci(kunci: string): string {
  if (!BENTUK_KUNCI.test(kunci)) throw new Error(`invalid storage key: ${kunci}`)
  return kunci
}
