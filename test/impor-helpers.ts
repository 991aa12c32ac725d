/** Helpers for the import tests: multipart uploads, CSV building, fixtures, unique NIPs. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { Database } from '../src/db/client.ts'
import { buatNip } from '../src/db/seed/nip.ts'
import { login, type Session } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatUnor, PASSWORD } from './helpers/factories.ts'
import { rows as rowsOf } from '../src/db/rows.ts'

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'impor')
export const fixture = (nama: string) => readFileSync(path.join(DIR, nama))

/** Fixture text with its NIPs shifted, so one fixture can be imported into several instansi of one database. */
export function fixtureDenganNip(nama: string, geser: number) {
  return Buffer.from(
    fixture(nama)
      .toString('utf8')
      .replace(
        /(\d{8} ?\d{6} ?\d) ?(\d{3})/g,
        (_m, a: string, urut: string) => `${a}${String((Number(urut) + geser) % 1000).padStart(3, '0')}`,
      ),
  )
}

/** A multipart/form-data upload of one file in the field `file`. */
export async function unggah(
  app: FastifyInstance,
  session: Session | undefined,
  url: string,
  isi: Buffer | string,
  o: { namaFile?: string; lang?: 'id' | 'en' } = {},
) {
  const batas = `----kinerja${Math.random().toString(16).slice(2)}`
  const body = Buffer.concat([
    Buffer.from(
      `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${o.namaFile ?? 'pegawai.csv'}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.isBuffer(isi) ? isi : Buffer.from(isi),
    Buffer.from(`\r\n--${batas}--\r\n`),
  ])
  return app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: {
      'content-type': `multipart/form-data; boundary=${batas}`,
      ...(session ? { cookie: `kinerja_sesi=${session.cookie}`, 'x-csrf-token': session.csrf } : {}),
      ...(o.lang ? { 'accept-language': o.lang } : {}),
    },
  })
}

let urut = 0
/** A fresh valid NIP per call (unique within a test run). */
export function nipBaru(jk: 'L' | 'P' = 'L', lahir = '1989-11-27') {
  urut += 1
  const tahun = 2010 + Math.floor(urut / 1000)
  return buatNip({ lahir, tmt: `${tahun}-0${1 + (urut % 9)}`, jk, urut: urut % 1000 })
}

export const HEADER =
  'NIP,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,JENJANG,KEPALA_UNOR,UNOR,UNOR_INDUK,TMT_JABATAN'

/** One CSV line in HEADER's order, with sensible defaults for a pelaksana. */
export function barisCsv(o: {
  nip: string
  nama?: string
  unor: string
  induk?: string
  jabatan?: string
  tmt?: string
}) {
  const jk = o.nip[14] === '1' ? 'L' : 'P'
  const lahir = `${o.nip.slice(6, 8)}-${o.nip.slice(4, 6)}-${o.nip.slice(0, 4)}`
  return [
    o.nip,
    o.nama ?? `Pegawai ${o.nip.slice(-4)}`,
    jk,
    lahir,
    'PNS',
    'III/a',
    o.jabatan ?? 'Analis',
    'PELAKSANA',
    '',
    'N',
    o.unor,
    o.induk ?? '',
    o.tmt ?? '',
  ].join(',')
}

export const csv = (...baris: string[]) => `${HEADER}\n${baris.join('\n')}\n`

/** A fresh instansi with its root unit "Dinas Komunikasi dan Informatika" and a logged-in admin_instansi. */
export async function instansiDenganAdmin(app: FastifyInstance, database: Database) {
  const instansi = await buatInstansi(database)
  const dinas = await buatUnor(database, {
    instansiId: instansi.id,
    nama: 'Dinas Komunikasi dan Informatika',
  })
  const admin = await buatAkun(database, { instansiId: instansi.id, peran: ['admin_instansi'] })
  return { instansi, dinas, admin, session: await login(app, admin.username, PASSWORD) }
}

export async function hitung(
  database: Database,
  tabel: 'pegawai' | 'penugasan' | 'unor' | 'jabatan' | 'akun' | 'impor',
  instansiId: string,
) {
  const [{ n }] = await rowsOf<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from ${sql.identifier(tabel)} where instansi_id = ${instansiId}`,
  )
  return n
}

/** Rows of a raw query (src/db/rows.ts, on the test database). */
export const rows = <T = Record<string, unknown>>(database: Database, q: ReturnType<typeof sql>) =>
  rowsOf<T>(database.db, q)
