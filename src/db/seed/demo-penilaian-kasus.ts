import { randomUUID } from 'node:crypto'
import { addDays, addMonths } from '../../domain/iso-date.ts'
import type { Periode } from '../../domain/periode.ts'
import { predikatPegawai, type Rating } from '../../domain/predikat.ts'
import type { EvaluasiSnapshot } from '../../shared/penilaian.ts'
import type { Db } from '../client.ts'
import { evaluasi, keberatan, keberatanKomentar, rencanaPerbaikan } from '../schema/index.ts'
import { DEMO_AKUN } from './demo-akun.ts'
import { batasi, padaTanggal, type SkpDemo } from './demo-penilaian.ts'

/**
 * The evaluation demo's cases (issue 9), on staff who can log in with their penilai and atasan penilai and who
 * are not already a demo account of another feature (docs/DEMO.md):
 * - a keberatan (PP 30/2019 Pasal 59) filed two days ago on the last past period's Butuh Perbaikan, still
 *   pending with the atasan penilai, inside its window;
 * - a decided keberatan on the period before: the atasan penilai changed Butuh Perbaikan to Baik, so the first
 *   version is replaced by version 2 (DOMAIN §7: never overwritten);
 * - one Kurang predikat (acknowledged) with its six-month improvement record (PP 30/2019).
 */

export type EvaluasiDemo = typeof evaluasi.$inferInsert & { id: string; snapshot: EvaluasiSnapshot }

/** People other demo sections already show (DEMO_AKUN and docs/DEMO.md's realisasi / dialog table). */
const DIPAKAI_DEMO = new Set<string>([
  ...Object.values(DEMO_AKUN).map((a) => a.username),
  '197604051999022953',
  '198109072010012562',
  '197306231999032709',
  '198407242008012375',
])

const JAM = 3_600_000
const HARI = 24 * JAM
const iso = (d: Date) => new Date(d.getTime() + 7 * JAM).toISOString().slice(0, 10)

function nilai(e: EvaluasiDemo, hasil: Rating, perilaku: Rating) {
  e.ratingHasil = hasil
  e.ratingHasilSaran = hasil
  e.sumberRatingHasil = 'penilai'
  e.ratingPerilaku = perilaku
  e.predikat = predikatPegawai(hasil, perilaku)
}

function waktuFinal(e: EvaluasiDemo, pada: Date) {
  e.difinalisasiAt = pada
  e.createdAt = pada
  e.updatedAt = pada
  e.snapshot = { ...e.snapshot, tanggal: iso(pada) }
}

export function tulisKasusPenilaian(
  skps: SkpDemo[],
  semua: EvaluasiDemo[],
  lewat: Periode[],
  o: { now: Date; adminAkun: string },
) {
  const { now } = o
  const calon = skps.filter(
    (s) =>
      !s.kepala &&
      s.punyaAkun &&
      s.penilaiAkun &&
      s.atasanAkun &&
      s.snapshot.atasanPenilai?.pegawaiId &&
      !DIPAKAI_DEMO.has(s.nip),
  )
  // three people with different penilai where possible
  const dipilih: SkpDemo[] = []
  for (const s of calon) {
    if (dipilih.length === 3) break
    if (!dipilih.some((d) => d.penilaiId === s.penilaiId)) dipilih.push(s)
  }
  for (const s of calon) if (dipilih.length < 3 && !dipilih.includes(s)) dipilih.push(s)
  const [a, b, c] = dipilih
  const terakhir = lewat[lewat.length - 1]
  const sebelum = lewat[lewat.length - 2] ?? terakhir
  const cari = (s: SkpDemo | undefined, p: Periode) =>
    s && semua.find((e) => e.skpId === s.skpId && e.periode === p.kode)

  const keberatanBaru: (typeof keberatan.$inferInsert)[] = []
  const komentarBaru: (typeof keberatanKomentar.$inferInsert)[] = []
  const perbaikanBaru: (typeof rencanaPerbaikan.$inferInsert)[] = []

  // pending: the last past period's result, received four days ago, objected to two days ago
  const ea = cari(a, terakhir)
  if (a && ea) {
    nilai(ea, 'DI_BAWAH', 'SESUAI')
    ea.status = 'final'
    ea.diterimaAt = null
    const diterima = batasi(
      new Date(Math.max(padaTanggal(terakhir.selesai, 1).getTime(), now.getTime() - 4 * HARI)),
      now,
    )
    waktuFinal(ea, diterima)
    const diajukan = new Date((diterima.getTime() + now.getTime()) / 2)
    const id = randomUUID()
    keberatanBaru.push({
      id,
      instansiId: ea.instansiId,
      evaluasiId: ea.id,
      pegawaiId: a.pegawaiId,
      pemutusPegawaiId: a.snapshot.atasanPenilai!.pegawaiId,
      alasan:
        'Seluruh target IKI utama periode ini tercapai sesuai bukti dukung yang saya unggah; mohon rating hasil ' +
        'kerja ditinjau kembali.',
      usulRatingHasil: 'SESUAI',
      status: 'diajukan',
      createdAt: diajukan,
      updatedAt: diajukan,
    })
    komentarBaru.push({
      instansiId: ea.instansiId,
      keberatanId: id,
      penulisAkunId: a.penilaiAkun!,
      peran: 'penilai',
      isi: 'Dua laporan kegiatan diserahkan setelah batas waktu; capaian kualitas di bawah target.',
      createdAt: batasi(new Date(diajukan.getTime() + 3 * JAM), now),
    })
  }

  // decided: the period before, changed from Butuh Perbaikan to Baik by the atasan penilai → version 2
  const eb = cari(b, sebelum)
  if (b && eb) {
    nilai(eb, 'DI_BAWAH', 'SESUAI')
    eb.status = 'digantikan'
    eb.diterimaAt = null
    const diterima = batasi(padaTanggal(sebelum.selesai, 4), now)
    waktuFinal(eb, diterima)
    const diajukan = batasi(new Date(diterima.getTime() + 3 * HARI), now)
    const diputuskan = batasi(new Date(diterima.getTime() + 12 * HARI), now)
    const id = randomUUID()
    const alasanKeputusan =
      'Setelah mendengar pegawai dan pejabat penilai: keterlambatan laporan disebabkan gangguan sistem, bukan ' +
      'kinerja pegawai. Rating hasil kerja diubah menjadi Sesuai Ekspektasi.'
    const atasan = b.snapshot.atasanPenilai!
    const baru: EvaluasiDemo = {
      ...eb,
      id: randomUUID(),
      versi: 2,
      status: 'diterima',
      diterimaAt: batasi(new Date(diputuskan.getTime() + HARI), now),
      difinalisasiOleh: b.atasanAkun,
      asal: {
        oleh: 'keberatan',
        alasan: alasanKeputusan,
        olehNama: atasan.nama,
        pada: diputuskan.toISOString(),
        keberatanId: id,
      },
    }
    nilai(baru, 'SESUAI', 'SESUAI')
    waktuFinal(baru, diputuskan)
    semua.push(baru)
    keberatanBaru.push({
      id,
      instansiId: eb.instansiId,
      evaluasiId: eb.id,
      pegawaiId: b.pegawaiId,
      pemutusPegawaiId: atasan.pegawaiId,
      alasan: 'Laporan terlambat karena aplikasi pelaporan tidak dapat diakses selama seminggu.',
      usulRatingHasil: 'SESUAI',
      status: 'diputuskan',
      keputusan: 'ubah',
      alasanKeputusan,
      ratingHasilBaru: 'SESUAI',
      ratingPerilakuBaru: 'SESUAI',
      predikatBaru: 'BAIK',
      diputuskanAt: diputuskan,
      diputuskanOlehAkunId: b.atasanAkun,
      evaluasiBaruId: baru.id,
      createdAt: diajukan,
      updatedAt: diputuskan,
    })
    const komentar = (penulisAkunId: string, peran: string, isi: string, jam: number) =>
      komentarBaru.push({
        instansiId: eb.instansiId,
        keberatanId: id,
        penulisAkunId,
        peran,
        isi,
        createdAt: batasi(new Date(diajukan.getTime() + jam * JAM), now),
      })
    komentar(
      b.penilaiAkun!,
      'penilai',
      'Benar, aplikasi sempat tidak dapat diakses; laporan lain tepat waktu.',
      20,
    )
    komentar(b.atasanAkun!, 'atasan_penilai', 'Terima kasih, keputusan akan saya tetapkan minggu ini.', 48)
  }

  // one Kurang (perilaku Di Bawah), acknowledged: the improvement record opened with it (PP 30/2019)
  const ec = cari(c, sebelum)
  if (c && ec) {
    nilai(ec, 'SESUAI', 'DI_BAWAH')
    const mulai = iso(ec.difinalisasiAt as Date)
    const selesai = addMonths(mulai, 6)
    const hari = iso(now)
    const tindakLanjut = [
      [14, 'Pendampingan mingguan oleh pejabat penilai', 'Hadir tepat waktu; laporan mingguan diserahkan.'],
      [45, 'Evaluasi kedisiplinan dan kerja sama tim', 'Ada perbaikan; tetap dipantau.'],
    ]
      .map(([n, rencana, catatan]) => ({ tanggal: addDays(mulai, n as number), rencana, catatan }))
      .filter((t) => t.tanggal <= hari)
      .map((t) => ({
        ...t,
        dicatatOleh: c.snapshot.penilai?.nama ?? '',
        dicatatPada: `${t.tanggal}T03:00:00.000Z`,
      }))
    perbaikanBaru.push({
      instansiId: ec.instansiId,
      pegawaiId: c.pegawaiId,
      evaluasiId: ec.id,
      predikat: 'KURANG',
      mulai,
      selesai,
      status: selesai < hari ? 'selesai' : 'berjalan',
      tindakLanjut,
      hasil: selesai < hari ? 'Perilaku kerja membaik selama masa perbaikan.' : null,
      createdAt: ec.difinalisasiAt as Date,
      updatedAt: ec.difinalisasiAt as Date,
    })
  }

  return {
    async tulis(tx: Db) {
      if (keberatanBaru.length) await tx.insert(keberatan).values(keberatanBaru)
      if (komentarBaru.length) await tx.insert(keberatanKomentar).values(komentarBaru)
      if (perbaikanBaru.length) await tx.insert(rencanaPerbaikan).values(perbaikanBaru)
      return { keberatan: keberatanBaru.length, perbaikan: perbaikanBaru.length }
    },
  }
}
