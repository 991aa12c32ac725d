import { sql } from 'drizzle-orm'
import { targetPeriodeBawaan } from '../../domain/capaian.ts'
import { hitungPeriodeSkp, gabungPengaturan } from '../../modules/pelaksanaan/kunci.ts'
import { sekarang } from '../../server/clock.ts'
import type { Database } from '../client.ts'
import { rows } from '../rows.ts'
import { realisasi, rencanaAksi } from '../schema/index.ts'
import { DEMO_AKUN } from './demo-akun.ts'
import { mulberry32 } from './prng.ts'

/**
 * Demo pelaksanaan (issue 8, "a year in progress"): for the approved SKPs of the year, realisasi of every IKI
 * in the periods that have ended (around the period's default target), part of the open period, and a
 * rencana aksi per RHK per period. One locked period is left unfilled for one pegawai who can log in (the
 * demo pelaksana when their SKP is approved): the previous period, locked; an admin can reopen it. Deterministic; call after the SKP demo and before the evidence.
 */

const KEGIATAN = [
  'Menyusun rencana kerja dan jadwal pelaksanaan',
  'Mengumpulkan dan memverifikasi data pendukung',
  'Menyusun draf dokumen dan membahasnya dengan tim',
  'Melaporkan hasil kepada pejabat penilai',
]
const URAIAN_KUALITATIF = [
  'Dokumen disusun sesuai kebutuhan organisasi dan telah dibahas dengan pimpinan',
  'Layanan diselesaikan sesuai standar pelayanan; tidak ada keluhan tercatat',
  'Masukan pimpinan telah ditindaklanjuti dalam revisi dokumen',
]
const SEDIKIT = 1_000

interface Baris {
  skp_id: string
  tahun: number
  mulai: string
  selesai: string
  nip: string
  punya_akun: boolean
  rhk_id: string
  iki_id: string | null
  target_min: string | null
  target_max: string | null
  satuan: string | null
  polaritas: 'naik' | 'turun' | null
  akumulasi: 'jumlah' | 'terakhir' | 'rata' | null
  pengaturan: unknown
  status_tahun: string | null
}

export async function seedPelaksanaanDemo(database: Database, instansiId: string, tahun: number) {
  const rng = mulberry32(8_2026)
  const data = await rows<Baris>(
    database.db,
    sql`select s.id as skp_id, s.tahun, s.mulai::text as mulai, s.selesai::text as selesai, p.nip,
          r.id as rhk_id, i.id as iki_id, i.target_min::text, i.target_max::text, i.satuan, i.polaritas,
          i.akumulasi, pt.pengaturan, pt.status as status_tahun,
          exists (select 1 from akun a where a.pegawai_id = p.id) as punya_akun
        from skp s
        join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        join rhk r on r.instansi_id = s.instansi_id and r.skp_id = s.id
        left join iki i on i.instansi_id = r.instansi_id and i.rhk_id = r.id
        left join pengaturan_tahun pt on pt.instansi_id = s.instansi_id and pt.tahun = s.tahun
        where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'disetujui'
        order by s.id, r.urutan, i.urutan`,
  )
  const now = sekarang()
  const nilaiBaru: (typeof realisasi.$inferInsert)[] = []
  const rencanaBaru: (typeof rencanaAksi.$inferInsert)[] = []
  const rhkDirencanakan = new Set<string>()
  // whose last locked period stays empty: the demo pelaksana, else the first pegawai who can log in
  const subjek =
    data.find((b) => b.nip === DEMO_AKUN.pelaksana.username)?.skp_id ??
    data.filter((b) => b.punya_akun).sort((a, b) => a.nip.localeCompare(b.nip))[0]?.skp_id
  for (const b of data) {
    const { pengaturan } = gabungPengaturan(b.tahun, b.pengaturan, b.status_tahun)
    const periode = hitungPeriodeSkp(b, pengaturan, now, []).filter((p) => p.sudahDimulai)
    const pelaksana = b.skp_id === subjek
    for (const [n, p] of periode.entries()) {
      const kini = p.terbuka
      if (!rhkDirencanakan.has(`${b.rhk_id}:${p.kode}`)) {
        rhkDirencanakan.add(`${b.rhk_id}:${p.kode}`)
        rencanaBaru.push({
          instansiId,
          skpId: b.skp_id,
          rhkId: b.rhk_id,
          periode: p.kode,
          urutan: 1,
          uraian: KEGIATAN[(n + rencanaBaru.length) % KEGIATAN.length],
          targetTeks: 'Selesai tepat waktu',
        })
      }
      if (!b.iki_id) continue
      // the demo pelaksana: the last closed period left empty (locked: the admin's unlock), the open one half
      const terakhirTerkunci = periode.filter((x) => !x.terbuka).at(-1)?.kode
      if (pelaksana && p.kode === terakhirTerkunci) continue
      if (kini && (pelaksana ? rng.chance(0.5) : rng.chance(0.4))) continue
      if (b.target_min === null) {
        nilaiBaru.push({
          instansiId,
          skpId: b.skp_id,
          ikiId: b.iki_id,
          periode: p.kode,
          nilaiTeks: rng.pick(URAIAN_KUALITATIF),
          createdAt: now,
          updatedAt: now,
        })
        continue
      }
      const target = targetPeriodeBawaan(
        {
          targetMin: Number(b.target_min),
          targetMax: b.target_max === null ? null : Number(b.target_max),
          polaritas: b.polaritas ?? 'naik',
          akumulasi: b.akumulasi ?? 'jumlah',
        },
        periode.length,
      )!
      const nilaiAcak = target.min * (0.75 + rng.next() * 0.4)
      nilaiBaru.push({
        instansiId,
        skpId: b.skp_id,
        ikiId: b.iki_id,
        periode: p.kode,
        // counts (summed IKI) are whole numbers; percentages and indices keep one decimal
        nilai:
          (b.akumulasi ?? 'jumlah') === 'jumlah' ? Math.round(nilaiAcak) : Math.round(nilaiAcak * 10) / 10,
        catatan: rng.chance(0.3) ? 'Sesuai laporan kegiatan' : null,
        createdAt: now,
        updatedAt: now,
      })
    }
  }
  for (let i = 0; i < rencanaBaru.length; i += SEDIKIT)
    await database.db.insert(rencanaAksi).values(rencanaBaru.slice(i, i + SEDIKIT))
  for (let i = 0; i < nilaiBaru.length; i += SEDIKIT)
    await database.db
      .insert(realisasi)
      .values(nilaiBaru.slice(i, i + SEDIKIT))
      .onConflictDoNothing()
  return { realisasi: nilaiBaru.length, rencanaAksi: rencanaBaru.length }
}
