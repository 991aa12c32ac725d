import { sql } from 'drizzle-orm'
import { addDays } from '../../domain/iso-date.ts'
import { hariIni } from '../../server/clock.ts'
import type { Database } from '../client.ts'
import { rows } from '../rows.ts'
import { progresHarian } from '../schema/index.ts'
import { DEMO_AKUN } from './demo-akun.ts'

/**
 * Demo progres harian (issue 8 demo data): three weeks of working days for a few pegawai with an approved
 * SKP and a penilai — the weeks before last approved, last week submitted and waiting for the atasan,
 * this week in draft, and one entry returned with a note. Call after the SKP demo.
 */

const KEGIATAN = [
  ['Menyusun draf laporan kegiatan', 1, 'Dokumen'],
  ['Rapat koordinasi dengan bidang terkait', 1, 'Kegiatan'],
  ['Memverifikasi data usulan dari unit kerja', 25, 'Berkas'],
  ['Melayani konsultasi pegawai', 6, 'Orang'],
  ['Memperbarui basis data kepegawaian', null, null],
  ['Menyusun bahan paparan pimpinan', 1, 'Bahan'],
] as const

const JAM: [number, number][] = [
  [8 * 60, 11 * 60 + 30],
  [13 * 60, 16 * 60],
]

type Skp = { id: string; pegawaiId: string; penilaiId: string; mulai: string; selesai: string }

/** Monday–Friday of the three weeks up to today (this week's days after today are left empty). */
function hariKerja(hari: string): { tanggal: string; minggu: number }[] {
  const d = new Date(`${hari}T00:00:00Z`)
  const senin = addDays(hari, -((d.getUTCDay() + 6) % 7))
  const hasil: { tanggal: string; minggu: number }[] = []
  for (let minggu = 2; minggu >= 0; minggu--)
    for (let i = 0; i < 5; i++) {
      const tanggal = addDays(senin, i - 7 * minggu)
      if (tanggal <= hari) hasil.push({ tanggal, minggu })
    }
  return hasil
}

export async function seedProgresDemo(database: Database, instansiId: string, maks = 5) {
  const hari = hariIni()
  // approved SKPs covering today with a penilai, pegawai who can log in first (the demo pelaksana first)
  const skps = await rows<Skp>(
    database.db,
    sql`select s.id, s.pegawai_id as "pegawaiId", s.penilai_pegawai_id as "penilaiId",
          s.mulai::text as mulai, s.selesai::text as selesai
        from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        where s.instansi_id = ${instansiId} and s.status = 'disetujui' and s.penilai_pegawai_id is not null
          and s.mulai <= ${hari} and s.selesai >= ${hari}
        order by (p.nip = ${DEMO_AKUN.pelaksana.username}) desc,
          exists (select 1 from akun a where a.pegawai_id = p.id) desc, p.nip
        limit ${maks}`,
  )
  const baru: (typeof progresHarian.$inferInsert)[] = []
  skps.forEach((s, n) => {
    for (const { tanggal, minggu } of hariKerja(hari)) {
      if (tanggal < s.mulai || tanggal > s.selesai) continue
      JAM.forEach(([mulai, selesai], k) => {
        const [kegiatan, realisasi, satuan] = KEGIATAN[(n + k + Number(tanggal.slice(8))) % KEGIATAN.length]
        const dikembalikan =
          n === 0 && minggu === 1 && k === 0 && baru.every((b) => b.status !== 'dikembalikan')
        const status = dikembalikan
          ? 'dikembalikan'
          : minggu === 2
            ? 'disetujui'
            : minggu === 1
              ? 'diajukan'
              : 'draft'
        const diajukan = status === 'draft' ? null : new Date(`${tanggal}T10:00:00Z`)
        const ditinjau =
          status === 'disetujui' || status === 'dikembalikan'
            ? new Date(`${addDays(tanggal, 2)}T02:00:00Z`)
            : null
        baru.push({
          instansiId,
          pegawaiId: s.pegawaiId,
          skpId: s.id,
          tanggal,
          jamMulai: mulai,
          jamSelesai: selesai,
          kegiatan,
          realisasi,
          satuan,
          tautanBukti: k === 0 ? 'https://drive.contoh.go.id/bukti/laporan-harian' : null,
          status,
          catatanAtasan: dikembalikan ? 'Lengkapi tautan bukti dan jumlah berkas yang diverifikasi.' : null,
          diajukanAt: diajukan,
          ditinjauAt: ditinjau,
          ditinjauOleh: ditinjau ? s.penilaiId : null,
        })
      })
    }
  })
  for (let i = 0; i < baru.length; i += 500)
    await database.db.insert(progresHarian).values(baru.slice(i, i + 500))
  return { pegawai: skps.length, entri: baru.length }
}
