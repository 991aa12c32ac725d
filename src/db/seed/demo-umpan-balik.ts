import { sql } from 'drizzle-orm'
import { KODE_BERAKHLAK } from '../../domain/berakhlak.ts'
import { formatB18Terbaru } from '../../domain/dialog-kinerja.ts'
import { daftarPeriode } from '../../domain/periode.ts'
import { hariIni } from '../../server/clock.ts'
import type { KODE_PERIODE } from '../../shared/enums.ts'
import type { Database } from '../client.ts'
import { rows } from '../rows.ts'
import { dialogKinerja, umpanBalik, umpanBalikDibaca } from '../schema/index.ts'
import { DEMO_AKUN } from './demo-akun.ts'

/**
 * Demo umpan balik and dialog kinerja (issue 8 demo data): on a few approved SKPs of the year whose pegawai
 * and penilai can both log in (the demo pelaksana first), feedback threads for the periods already past —
 * the penilai on the first RHK and on one BerAKHLAK value, the pegawai replying — with the pelaksana's
 * latest comment from the penilai left unread; and one coaching session, held, with B.1.8 and B.1.9
 * filled. Call after the SKP demo. Writes nothing when the instansi has feedback already.
 */

type Skp = {
  id: string
  tahun: number
  pegawaiId: string
  penilaiId: string
  pegawaiAkun: string
  penilaiAkun: string
  rhkId: string | null
}
type KodePeriode = (typeof KODE_PERIODE)[number]

const PENILAI = [
  'Capaian periode ini sudah sesuai target. Lengkapi bukti dukung berupa laporan kegiatan.',
  'Mohon percepat penyelesaian dokumen; koordinasikan dengan bidang terkait bila ada kendala.',
]
const PEGAWAI = ['Baik, laporan kegiatan sudah saya unggah.', 'Siap, minggu ini saya koordinasikan.']
const PERILAKU = 'Pelayanan kepada pemohon sudah ramah dan cepat; pertahankan.'

/** Noon WIB of a date, plus minutes: comments read in order. */
const pada = (tanggal: string, menit: number) =>
  new Date(new Date(`${tanggal}T05:00:00Z`).getTime() + menit * 60_000)

export async function seedUmpanBalikDemo(database: Database, instansiId: string, maks = 3) {
  const { db } = database
  const ada = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from umpan_balik where instansi_id = ${instansiId}`,
  )
  if (ada[0].n > 0) return { komentar: 0, dialog: 0 }
  const hari = hariIni()
  const skps = await rows<Skp>(
    db,
    sql`select s.id, s.tahun, s.pegawai_id as "pegawaiId", s.penilai_pegawai_id as "penilaiId",
          ap.id as "pegawaiAkun", an.id as "penilaiAkun",
          (select r.id from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id
            order by r.urutan limit 1) as "rhkId"
        from skp s
        join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        join akun ap on ap.instansi_id = s.instansi_id and ap.pegawai_id = s.pegawai_id
        join akun an on an.instansi_id = s.instansi_id and an.pegawai_id = s.penilai_pegawai_id
        where s.instansi_id = ${instansiId} and s.status = 'disetujui'
          and s.mulai <= ${hari} and s.selesai >= ${hari}
        order by (p.nip = ${DEMO_AKUN.pelaksana.username}) desc, p.nip
        limit ${maks}`,
  )
  const [pengaturan] = await rows<{ jenis: 'bulanan' | 'triwulan' | 'semester' | null }>(
    db,
    sql`select pengaturan->>'periodePenilaian' as jenis from pengaturan_tahun
        where instansi_id = ${instansiId} and tahun = ${Number(hari.slice(0, 4))}`,
  )
  const periode = daftarPeriode(Number(hari.slice(0, 4)), pengaturan?.jenis ?? 'triwulan').filter(
    (p) => p.kode !== 'FINAL' && p.mulai <= hari,
  )
  // the periods already past, else the current one (early in the year)
  const lewat = periode.filter((p) => p.selesai < hari)
  const dipakai = (lewat.length > 0 ? lewat.slice(-2) : periode.slice(0, 1)).map((p) => ({
    kode: p.kode as KodePeriode,
    tanggal: p.selesai < hari ? p.selesai : hari,
  }))
  const komentar: (typeof umpanBalik.$inferInsert)[] = []
  const dibaca: (typeof umpanBalikDibaca.$inferInsert)[] = []
  skps.forEach((s, n) => {
    const dasar = { instansiId, skpId: s.id }
    dipakai.forEach((p, i) => {
      const terakhir = i === dipakai.length - 1
      const penilai = {
        ...dasar,
        periode: p.kode,
        penulisAkunId: s.penilaiAkun,
        penulisPegawaiId: s.penilaiId,
        peranPenulis: 'penilai' as const,
      }
      const pegawai = {
        ...dasar,
        periode: p.kode,
        penulisAkunId: s.pegawaiAkun,
        penulisPegawaiId: s.pegawaiId,
        peranPenulis: 'pegawai' as const,
      }
      if (s.rhkId) {
        komentar.push({ ...penilai, rhkId: s.rhkId, isi: PENILAI[i % 2], createdAt: pada(p.tanggal, 0) })
        // the pelaksana's newest comment stays unread: the demo shows the marker and the count
        if (!(n === 0 && terakhir)) {
          komentar.push({ ...pegawai, rhkId: s.rhkId, isi: PEGAWAI[i % 2], createdAt: pada(p.tanggal, 90) })
          dibaca.push({
            ...dasar,
            periode: p.kode,
            sasaran: s.rhkId,
            akunId: s.pegawaiAkun,
            dibacaAt: pada(p.tanggal, 90),
          })
          dibaca.push({
            ...dasar,
            periode: p.kode,
            sasaran: s.rhkId,
            akunId: s.penilaiAkun,
            dibacaAt: pada(p.tanggal, 120),
          })
        }
      }
      const kodeNilai = KODE_BERAKHLAK[n % KODE_BERAKHLAK.length]
      komentar.push({ ...penilai, kodeNilai, isi: PERILAKU, createdAt: pada(p.tanggal, 30) })
      dibaca.push({
        ...dasar,
        periode: p.kode,
        sasaran: kodeNilai,
        akunId: s.pegawaiAkun,
        dibacaAt: pada(p.tanggal, 60),
      })
    })
  })
  if (komentar.length > 0) await db.insert(umpanBalik).values(komentar)
  if (dibaca.length > 0) await db.insert(umpanBalikDibaca).values(dibaca).onConflictDoNothing()
  const s = skps[0]
  if (!s || dipakai.length === 0) return { komentar: komentar.length, dialog: 0 }
  const tanggal = dipakai[0].tanggal
  const b18 = formatB18Terbaru()
  await db.insert(dialogKinerja).values({
    instansiId,
    skpId: s.id,
    pegawaiId: s.pegawaiId,
    atasanPegawaiId: s.penilaiId,
    dibuatOlehAkunId: s.penilaiAkun,
    tahun: s.tahun,
    jenis: 'bimbingan',
    status: 'selesai',
    tanggal,
    topik: 'Capaian periode lalu dan kendala penyusunan laporan',
    tindakLanjut: 'Pegawai mengikuti pelatihan penulisan laporan; atasan meninjau draf setiap dua minggu.',
    tanggalTindakLanjut: hari,
    b18Versi: b18.versi,
    b18Jawaban: b18.pernyataan.map((_, i) => (i % 3 === 0 ? 5 : 4)),
    b18Catatan: 'Bimbingan membantu saya menyusun prioritas.',
    b18DiisiAt: pada(tanggal, 24 * 60),
    b19Penilaian: [
      {
        kompetensi: 'Penulisan laporan',
        nilai: 3,
        alasan: 'Struktur laporan sudah baik; analisis perlu diperdalam.',
      },
      { kompetensi: 'Pengelolaan waktu', nilai: 4, alasan: 'Tenggat periode terakhir dipenuhi.' },
    ],
    b19DiisiAt: pada(tanggal, 26 * 60),
    createdAt: pada(tanggal, -7 * 24 * 60),
  })
  return { komentar: komentar.length, dialog: 1 }
}
