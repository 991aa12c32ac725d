/**
 * Demo bukti dukung (issue 8, "a year in progress"): small generated PDFs and images, and a few links,
 * attached to the demo realisasi. Files go through the configured storage (local folder or S3), exactly
 * like an upload; rows are written directly. Runs again without duplicating: a realisasi that already
 * has evidence is skipped.
 */
import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Database } from '../client.ts'
import { berkas, buktiDukung } from '../schema/index.ts'
import { kunciBaru } from '../../modules/berkas/berkas-kunci.ts'
import type { Penyimpanan } from '../../modules/berkas/penyimpanan.ts'
import { pdfContoh, pngContoh } from './berkas-contoh.ts'

interface RealisasiDemo {
  instansi_id: string
  skp_id: string
  iki_id: string
  periode: (typeof buktiDukung.$inferInsert)['periode']
  tahun: number
  pegawai_id: string
  indikator: string
}

const WARNA: [number, number, number][] = [
  [30, 110, 200],
  [40, 160, 90],
  [210, 120, 40],
]

async function simpan(p: Penyimpanan, instansiId: string, tahun: number, isi: Buffer, mime: string) {
  await mkdir(p.sementara, { recursive: true, mode: 0o700 })
  const sementara = path.join(p.sementara, randomUUID())
  await writeFile(sementara, isi, { mode: 0o600 })
  const kunci = kunciBaru(instansiId, tahun)
  try {
    await p.simpan(kunci, sementara, isi.length, mime)
  } finally {
    await rm(sementara, { force: true })
  }
  return kunci
}

/**
 * Attach evidence to up to `maks` realisasi of the instansi: those of the demo accounts (`utamakan`:
 * usernames) first, then oldest periods first. Answers how many realisasi got evidence.
 */
export async function seedBuktiDemo(
  database: Database,
  p: Penyimpanan,
  instansiId: string,
  o: { maks?: number; utamakan?: string[] } = {},
): Promise<number> {
  const rows = await database.query<RealisasiDemo>(
    `select r.instansi_id, r.skp_id, r.iki_id, r.periode, s.tahun, s.pegawai_id, i.indikator
       from realisasi r
       join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id
       join iki i on i.instansi_id = r.instansi_id and i.id = r.iki_id
      where r.instansi_id = $1
        and not exists (select 1 from bukti_dukung b
                         where b.instansi_id = r.instansi_id and b.iki_id = r.iki_id and b.periode = r.periode)
      order by exists (select 1 from akun a where a.instansi_id = s.instansi_id and a.pegawai_id = s.pegawai_id
                         and a.username = any($3::text[])) desc,
               r.periode, s.pegawai_id, r.iki_id
      limit $2`,
    [instansiId, o.maks ?? 60, o.utamakan ?? []],
  )
  for (const [n, r] of rows.entries()) {
    const dasar = { instansiId: r.instansi_id, skpId: r.skp_id, ikiId: r.iki_id, periode: r.periode }
    const judul = `Laporan ${r.periode} ${r.tahun}: ${r.indikator}`.slice(0, 90)
    const berkasBaru: { nama: string; isi: Buffer; mime: string; jenis: 'laporan' | 'foto' }[] = [
      {
        nama: `Laporan ${r.periode} ${r.tahun}.pdf`,
        isi: pdfContoh(judul),
        mime: 'application/pdf',
        jenis: 'laporan',
      },
    ]
    if (n % 3 === 0)
      berkasBaru.push({
        nama: `Foto kegiatan ${r.periode}.png`,
        isi: pngContoh(48, 32, WARNA[n % WARNA.length]),
        mime: 'image/png',
        jenis: 'foto',
      })
    for (const b of berkasBaru) {
      const kunci = await simpan(p, r.instansi_id, r.tahun, b.isi, b.mime)
      const [row] = await database.db
        .insert(berkas)
        .values({
          instansiId: r.instansi_id,
          penyimpanan: p.jenis,
          kunci,
          nama: b.nama,
          mime: b.mime,
          ukuran: b.isi.length,
          sha256: createHash('sha256').update(b.isi).digest('hex'),
        })
        .returning({ id: berkas.id })
      await database.db
        .insert(buktiDukung)
        .values({ ...dasar, jenis: b.jenis, berkasId: row.id, dibuatOleh: r.pegawai_id })
    }
    if (n % 5 === 0)
      await database.db.insert(buktiDukung).values({
        ...dasar,
        jenis: 'tautan',
        tautan: `https://drive.example.go.id/kinerja/${r.tahun}/${r.periode.toLowerCase()}/${n + 1}`,
        keterangan: 'Dokumentasi lengkap di folder bersama',
        dibuatOleh: r.pegawai_id,
      })
  }
  return rows.length
}
