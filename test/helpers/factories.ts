import { randomBytes } from 'node:crypto'
import type { Database } from '../../src/db/client.ts'
import { akun, instansi, jabatan, pegawai, penugasan, unor } from '../../src/db/schema/index.ts'
import { buatNip } from '../../src/db/seed/nip.ts'
import { hashPassword } from '../../src/server/auth/password.ts'
import type { PeranAkun } from '../../src/server/auth/actor.ts'

/** Factories that build missing parents. Each call makes fresh rows: tests never depend on seeded state. */
export const PASSWORD = 'rahasia-uji-123'
let passwordHash: Promise<string> | undefined
const hashed = () => (passwordHash ??= hashPassword(PASSWORD))
const uniq = () => randomBytes(4).toString('hex').toUpperCase()
let urut = 0

/** NIPs the factories hand out (TMT month 03): every number below RUANG_NIP maps to its own NIP. */
const RUANG_NIP = 1000 * 28 * 12 * 25 * 10
let nomorNip = Number.parseInt(uniq(), 16) % RUANG_NIP
const dua = (n: number) => String(n).padStart(2, '0')

/** A NIP unique within the test file's database: a counter (from a random start) read as digits, never a random draw. */
function nipFaktori(jk: 'L' | 'P') {
  nomorNip = (nomorNip + 1) % RUANG_NIP
  let n = nomorNip
  const ambil = (basis: number) => {
    const sisa = n % basis
    n = Math.floor(n / basis)
    return sisa
  }
  const urutan = ambil(1000)
  const hari = 1 + ambil(28)
  const bulan = 1 + ambil(12)
  const tahunLahir = 1970 + ambil(25)
  const tahunTmt = 2010 + ambil(10)
  return buatNip({
    lahir: `${tahunLahir}-${dua(bulan)}-${dua(hari)}`,
    tmt: `${tahunTmt}-03`,
    jk,
    urut: urutan,
  })
}

export async function buatInstansi(database: Database, o: Partial<typeof instansi.$inferInsert> = {}) {
  const [row] = await database.db
    .insert(instansi)
    .values({ kode: `T${uniq()}`, nama: `Instansi Uji ${uniq()}`, jenis: 'daerah', lokasi: 'Contoh', ...o })
    .returning()
  return row
}

export async function buatUnor(
  database: Database,
  o: { instansiId: string; parentId?: string | null; nama?: string },
) {
  const [row] = await database.db
    .insert(unor)
    .values({
      instansiId: o.instansiId,
      parentId: o.parentId ?? null,
      nama: o.nama ?? `Unit ${uniq()}`,
      namaJabatanKepala: `Kepala ${o.nama ?? 'Unit'}`,
    })
    .returning()
  return row
}

export async function buatPegawai(
  database: Database,
  o: {
    instansiId: string
    unorId?: string
    isKepala?: boolean
    jenisJabatan?: (typeof jabatan.$inferInsert)['jenis']
    jenisPenugasan?: 'definitif' | 'plt' | 'plh'
    mulai?: string
    nama?: string
  },
) {
  const unorId = o.unorId ?? (await buatUnor(database, { instansiId: o.instansiId })).id
  urut += 1
  const jk = urut % 2 ? 'L' : 'P'
  const nip = nipFaktori(jk)
  const [p] = await database.db
    .insert(pegawai)
    .values({
      instansiId: o.instansiId,
      nip,
      nama: o.nama ?? `Pegawai ${uniq()}`,
      jenisKelamin: jk,
      tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      jenisAsn: 'pns',
      golongan: 'III/a',
      pangkat: 'Penata Muda',
    })
    .returning()
  const [j] = await database.db
    .insert(jabatan)
    .values({
      instansiId: o.instansiId,
      unorId,
      nama: o.isKepala ? 'Kepala Unit' : 'Analis',
      jenis: o.jenisJabatan ?? (o.isKepala ? 'pengawas' : 'pelaksana'),
      isKepala: o.isKepala ?? false,
    })
    .returning()
  const [a] = await database.db
    .insert(penugasan)
    .values({
      instansiId: o.instansiId,
      pegawaiId: p.id,
      unorId,
      jabatanId: j.id,
      isKepala: o.isKepala ?? false,
      jenis: o.jenisPenugasan ?? 'definitif',
      mulai: o.mulai ?? '2020-01-01',
    })
    .returning()
  return { pegawai: p, jabatan: j, penugasan: a, unorId }
}

export async function buatAkun(
  database: Database,
  o: { instansiId?: string | null; pegawaiId?: string | null; peran?: PeranAkun[]; username?: string },
) {
  const [row] = await database.db
    .insert(akun)
    .values({
      instansiId: o.instansiId ?? null,
      pegawaiId: o.pegawaiId ?? null,
      username: (o.username ?? `u${uniq()}`).toLowerCase(),
      namaTampilan: `Akun ${uniq()}`,
      passwordHash: await hashed(),
      peran: o.peran ?? ['pegawai'],
    })
    .returning()
  return row
}
