import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { daftarPeriode, type Periode } from '../../domain/periode.ts'
import {
  predikatPegawai,
  ratingPimpinan,
  type PredikatOrganisasi,
  type Rating,
} from '../../domain/predikat.ts'
import { sekarang } from '../../server/clock.ts'
import type { KodePeriodePenilaian, StatusEvaluasi } from '../../shared/enums.ts'
import type { EvaluasiSnapshot } from '../../shared/penilaian.ts'
import type { PejabatSnapshot } from '../../shared/skp.ts'
import type { Database, Db } from '../client.ts'
import { rows } from '../rows.ts'
import { angkaKreditAwal, evaluasi, predikatOrganisasi } from '../schema/index.ts'
import { DEMO_AKUN } from './demo-akun.ts'
import { tulisKasusPenilaian, type EvaluasiDemo } from './demo-penilaian-kasus.ts'
import { mulberry32, type Rng } from './prng.ts'

/**
 * Demo penilaian (issue 9): for the approved SKPs of the year (Dinas Pendidikan and Kesehatan; never the
 * Dukcapil chain, which e2e journeys keep empty), the periodic evaluations of every period already past, final
 * or acknowledged, with a realistic spread of predikat (mostly Baik, some Sangat Baik and Butuh Perbaikan); a
 * predikat organisasi for every unit (outside Dukcapil) and past period, which sets the unit heads' rating
 * hasil kerja (leader rule); an opening angka kredit balance for the jabatan fungsional; and the cases of
 * demo-penilaian-kasus.ts (a pending keberatan, a decided one, one Kurang with its improvement record).
 * Deterministic (mulberry32); written directly in one transaction. Call after the SKP demo.
 */

export interface SkpDemo {
  skpId: string
  pegawaiId: string
  nip: string
  tahun: number
  mulai: string
  selesai: string
  snapshot: {
    pegawai: PejabatSnapshot
    penilai: PejabatSnapshot | null
    atasanPenilai: PejabatSnapshot | null
  }
  penilaiId: string | null
  penilaiAkun: string | null
  atasanAkun: string | null
  punyaAkun: boolean
  unorId: string
  unorNama: string
  kepala: boolean
  plt: boolean
  jenisJabatan: EvaluasiSnapshot['jenisJabatan']
  jenjang: EvaluasiSnapshot['jenjang']
}

/** Not the Dukcapil chain (e2e journeys rely on it having no SKP and no evaluation). */
const BUKAN_DUKCAPIL = sql`coalesce(u.kode, '') not like 'DUKCAPIL%'`

/** SE MenPANRB 3/2023 spread for the staff: most Baik, some Sangat Baik and Butuh Perbaikan. */
const SEBARAN: readonly (readonly [[Rating, Rating], number])[] = [
  [['DI_ATAS', 'DI_ATAS'], 14],
  [['SESUAI', 'SESUAI'], 50],
  [['SESUAI', 'DI_ATAS'], 12],
  [['DI_ATAS', 'SESUAI'], 10],
  [['DI_BAWAH', 'SESUAI'], 11],
  [['DI_BAWAH', 'DI_ATAS'], 3],
]
const SEBARAN_ORGANISASI: readonly (readonly [PredikatOrganisasi, number])[] = [
  ['BAIK', 70],
  ['ISTIMEWA', 20],
  ['BUTUH_PERBAIKAN', 10],
]
/** Opening angka kredit (integration, Peraturan BKN 3/2023) per jenjang: a plausible range. */
const AK_AWAL: Record<NonNullable<SkpDemo['jenjang']>, [number, number]> = {
  pemula: [5, 15],
  terampil: [10, 40],
  mahir: [40, 100],
  penyelia: [60, 150],
  ahli_pertama: [20, 90],
  ahli_muda: [100, 220],
  ahli_madya: [220, 420],
  ahli_utama: [450, 800],
}

const JAM = 3_600_000
const HARI = 24 * JAM
/** 10:00 WIB of a date plus whole days. */
export const padaTanggal = (tanggal: string, hari = 0) =>
  new Date(new Date(`${tanggal}T03:00:00Z`).getTime() + hari * HARI)
const tanggalWib = (d: Date) => new Date(d.getTime() + 7 * JAM).toISOString().slice(0, 10)

const muatSkp = (db: Db, instansiId: string, tahun: number) =>
  rows<SkpDemo>(
    db,
    sql`select s.id as "skpId", s.pegawai_id as "pegawaiId", p.nip, s.tahun, s.mulai::text as mulai,
          s.selesai::text as selesai, s.snapshot, s.penilai_pegawai_id as "penilaiId",
          (select a.id from akun a where a.pegawai_id = s.penilai_pegawai_id limit 1) as "penilaiAkun",
          (select a.id from akun a
            where a.pegawai_id::text = s.snapshot->'atasanPenilai'->>'pegawaiId' limit 1) as "atasanAkun",
          exists (select 1 from akun a where a.pegawai_id = s.pegawai_id) as "punyaAkun",
          pn.unor_id as "unorId", u.nama as "unorNama", pn.is_kepala as kepala,
          pn.jenis <> 'definitif' as plt, j.jenis as "jenisJabatan", j.jenjang
        from skp s
        join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        join penugasan pn on pn.instansi_id = s.instansi_id and pn.id = s.penugasan_id
        join jabatan j on j.instansi_id = pn.instansi_id and j.id = pn.jabatan_id
        join unor u on u.instansi_id = pn.instansi_id and u.id = pn.unor_id
        where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'disetujui' and ${BUKAN_DUKCAPIL}
        order by p.nip`,
  )

/** Every unit outside Dukcapil, with the head of its parent unit (who sets its predikat) and their account. */
const muatUnit = (db: Db, instansiId: string) =>
  rows<{ id: string; penetapId: string | null; penetapAkun: string | null }>(
    db,
    sql`select u.id, h.pegawai_id as "penetapId",
          (select a.id from akun a where a.pegawai_id = h.pegawai_id limit 1) as "penetapAkun"
        from unor u
        left join lateral (
          select pn.pegawai_id from penugasan pn
          where pn.instansi_id = u.instansi_id and pn.unor_id = u.parent_id and pn.is_kepala
            and pn.selesai is null
          order by pn.jenis = 'definitif' desc, pn.mulai limit 1) h on true
        where u.instansi_id = ${instansiId} and ${BUKAN_DUKCAPIL}
        order by u.kode nulls last, u.nama`,
  )

export interface HasilPenilaianDemo {
  evaluasi: number
  predikatOrganisasi: number
  angkaKreditAwal: number
  keberatan: number
  perbaikan: number
}

export async function seedPenilaianDemo(
  database: Database,
  instansiId: string,
  tahun: number,
): Promise<HasilPenilaianDemo> {
  const kosong = { evaluasi: 0, predikatOrganisasi: 0, angkaKreditAwal: 0, keberatan: 0, perbaikan: 0 }
  const { db } = database
  const [ada] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from evaluasi where instansi_id = ${instansiId} and tahun = ${tahun}`,
  )
  if (ada.n > 0) return kosong
  const [admin] = await rows<{ id: string }>(
    db,
    sql`select id from akun where username = ${DEMO_AKUN.adminKabupaten.username}`,
  )
  if (!admin) return kosong
  const now = sekarang()
  const hari = tanggalWib(now)
  const [pengaturan] = await rows<{ jenis: 'bulanan' | 'triwulan' | 'semester' | null }>(
    db,
    sql`select pengaturan->>'periodePenilaian' as jenis from pengaturan_tahun
        where instansi_id = ${instansiId} and tahun = ${tahun}`,
  )
  const lewat = daftarPeriode(tahun, pengaturan?.jenis ?? 'triwulan').filter(
    (p) => p.kode !== 'FINAL' && p.selesai < hari,
  )
  const [skps, unit] = await Promise.all([muatSkp(db, instansiId, tahun), muatUnit(db, instansiId)])
  const rng = mulberry32(9_2026)
  const akAwal = rencanaAkAwal(rng, skps, instansiId, tahun, admin.id)
  if (lewat.length === 0 || skps.length === 0) {
    await tulisBanyak(db, angkaKreditAwal, akAwal)
    return { ...kosong, angkaKreditAwal: akAwal.length }
  }

  // predikat organisasi of every unit and past period (the Sekretariat Daerah's by the admin for the Bupati)
  const orgBaru: (typeof predikatOrganisasi.$inferInsert)[] = []
  const orgPer = new Map<string, PredikatOrganisasi>()
  for (const p of lewat) {
    for (const u of unit) {
      const predikat = rng.weighted(SEBARAN_ORGANISASI)
      orgPer.set(`${u.id}:${p.kode}`, predikat)
      orgBaru.push({
        instansiId,
        unorId: u.id,
        tahun,
        periode: p.kode as KodePeriodePenilaian,
        predikat,
        ditetapkanOlehAkunId: u.penetapAkun ?? admin.id,
        ditetapkanOlehPegawaiId: u.penetapId,
        createdAt: batasi(padaTanggal(p.selesai, 3), now),
        updatedAt: batasi(padaTanggal(p.selesai, 3), now),
      })
    }
  }

  const evaluasiBaru: EvaluasiDemo[] = []
  for (const [n, p] of lewat.entries()) {
    const terakhir = n === lewat.length - 1
    for (const s of skps) {
      if (s.mulai > p.selesai || s.selesai < p.mulai) continue
      const org = orgPer.get(`${s.unorId}:${p.kode}`) ?? null
      const [acakHasil, ratingPerilaku] = rng.weighted(SEBARAN)
      // leader rule (DOMAIN §5): the unit's predikat organisasi sets its head's rating hasil kerja
      const ratingHasil = s.kepala && org ? ratingPimpinan(org) : acakHasil
      const difinalisasiAt = batasi(padaTanggal(p.selesai, rng.int(3, 12)), now)
      const status: StatusEvaluasi = terakhir && rng.chance(0.3) ? 'final' : 'diterima'
      evaluasiBaru.push({
        id: randomUUID(),
        instansiId,
        skpId: s.skpId,
        pegawaiId: s.pegawaiId,
        tahun,
        periode: p.kode as KodePeriodePenilaian,
        versi: 1,
        status,
        snapshot: snapshotEvaluasi(s, p, tanggalWib(difinalisasiAt)),
        penilaiPegawaiId: s.penilaiId,
        ratingHasilSaran: s.kepala && org ? null : ratingHasil,
        ratingHasil,
        sumberRatingHasil: s.kepala && org ? 'predikat_organisasi' : 'penilai',
        ratingPerilaku,
        predikat: predikatPegawai(ratingHasil, ratingPerilaku),
        predikatOrganisasi: org,
        difinalisasiAt,
        difinalisasiOleh: s.penilaiAkun ?? admin.id,
        diterimaAt: status === 'diterima' ? batasi(new Date(difinalisasiAt.getTime() + 2 * HARI), now) : null,
        createdAt: difinalisasiAt,
        updatedAt: difinalisasiAt,
      })
    }
  }

  return db.transaction(async (tx) => {
    await tulisBanyak(tx, predikatOrganisasi, orgBaru)
    // the cases change some of the planned rows (ratings, status, dates) before they are written
    const kasus = tulisKasusPenilaian(skps, evaluasiBaru, lewat, { now, adminAkun: admin.id })
    await tulisBanyak(tx, evaluasi, evaluasiBaru)
    const hasilKasus = await kasus.tulis(tx)
    await tulisBanyak(tx, angkaKreditAwal, akAwal)
    return {
      evaluasi: evaluasiBaru.length,
      predikatOrganisasi: orgBaru.length,
      angkaKreditAwal: akAwal.length,
      ...hasilKasus,
    }
  })
}

/** Never later than just before now (a clock early after a period's end). */
export const batasi = (d: Date, now: Date) =>
  d.getTime() < now.getTime() - JAM ? d : new Date(now.getTime() - JAM)

function snapshotEvaluasi(s: SkpDemo, p: Periode, tanggal: string): EvaluasiSnapshot {
  const nonAsn = !s.snapshot.penilai?.nip
  return {
    pegawai: s.snapshot.pegawai,
    penilai: s.snapshot.penilai,
    atasanPenilai: s.snapshot.atasanPenilai,
    penilaiSkp: null,
    bertindakSebagai: nonAsn ? 'atas_nama_non_asn' : 'penilai',
    unorId: s.unorId,
    unorNama: s.unorNama,
    kepalaUnit: s.kepala,
    plt: s.plt,
    jenisJabatan: s.jenisJabatan,
    jenjang: s.jenjang,
    mulai: p.mulai > s.mulai ? p.mulai : s.mulai,
    selesai: p.selesai < s.selesai ? p.selesai : s.selesai,
    tanggal,
  }
}

function rencanaAkAwal(rng: Rng, skps: SkpDemo[], instansiId: string, tahun: number, akunId: string) {
  const sudah = new Set<string>()
  const baru: (typeof angkaKreditAwal.$inferInsert)[] = []
  for (const s of skps) {
    if (s.jenisJabatan !== 'fungsional' || !s.jenjang || sudah.has(s.pegawaiId)) continue
    sudah.add(s.pegawaiId)
    const [min, max] = AK_AWAL[s.jenjang]
    baru.push({
      instansiId,
      pegawaiId: s.pegawaiId,
      nilai: Math.round((min + rng.next() * (max - min)) * 1000) / 1000,
      tanggal: `${tahun - 1}-12-31`,
      jenjang: s.jenjang,
      keterangan: 'Angka kredit integrasi (Peraturan BKN 3/2023)',
      dibuatOlehAkunId: akunId,
    })
  }
  return baru
}

async function tulisBanyak(
  db: Db,
  table: typeof evaluasi | typeof predikatOrganisasi | typeof angkaKreditAwal,
  baru: object[],
) {
  for (let i = 0; i < baru.length; i += 500) await db.insert(table).values(baru.slice(i, i + 500) as never)
}
