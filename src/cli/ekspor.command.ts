import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import os from 'node:os'
import { Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Command, Option } from 'commander'
import { cariInstansiEkspor, eksporInstansi, teksEkspor } from '../modules/ekspor/ekspor.service.ts'
import type { Ctx } from '../server/auth/actor.ts'
import { FORMAT_EKSPOR, type FormatEkspor, type JenisEkspor } from '../shared/ekspor.ts'
import { denganDatabase } from './database.ts'

interface Opsi {
  instansi: string
  tahun: string
  format: FormatEkspor
  keluar?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The CLI acts without an account; the audit log names the operating-system user and host instead. */
const pelakuCli = () =>
  ({
    actor: { akunId: null, nama: `CLI ${os.userInfo().username}@${os.hostname()}` },
    ip: 'cli',
    requestId: `cli-${randomUUID()}`,
  }) as unknown as Pick<Ctx, 'actor' | 'ip' | 'requestId'>

/**
 * Writes the export to the file (or stdout) through the same service as the API, a page at a time; the counts
 * go to stderr so stdout stays the data. Exit code 1 for an unknown instansi or a bad year.
 */
async function jalankanEkspor(jenis: JenisEkspor, opsi: Opsi): Promise<number> {
  const tahun = Number(opsi.tahun)
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) {
    console.error(`Tahun tidak valid / Invalid year: ${opsi.tahun}`)
    return 1
  }
  return denganDatabase(async (database) => {
    const { db } = database
    const instansi =
      (UUID.test(opsi.instansi) ? await cariInstansiEkspor(db, { id: opsi.instansi }) : undefined) ??
      (await cariInstansiEkspor(db, { kode: opsi.instansi }))
    if (!instansi) {
      console.error(`Instansi tidak dikenal / Unknown agency: ${opsi.instansi}`)
      return 1
    }
    const ekspor = await eksporInstansi(db, pelakuCli(), {
      jenis,
      instansiId: instansi.id,
      tahun,
      format: opsi.format,
    })
    const tujuan: Writable = opsi.keluar ? createWriteStream(opsi.keluar) : process.stdout
    await pipeline(Readable.from(teksEkspor(ekspor, opsi.format)), tujuan, { end: !!opsi.keluar })
    const { jumlahBaris, tanpaEvaluasiFinal } = ekspor.meta
    console.error(
      `${instansi.kode} ${jenis} ${tahun}: ${jumlahBaris} baris; ${tanpaEvaluasiFinal} pegawai dengan SKP ` +
        `disetujui tanpa evaluasi final (bukan baris) / ${jumlahBaris} rows; ${tanpaEvaluasiFinal} employees ` +
        `with an approved SKP and no final evaluation (not rows)` +
        (opsi.keluar ? ` → ${opsi.keluar}` : ''),
    )
    return 0
  })
}

const perintahEkspor = (jenis: JenisEkspor) =>
  new Command(jenis)
    .description(
      jenis === 'rw-skp22'
        ? 'Hasil kinerja tahunan (rw-skp22), satu baris per pegawai'
        : 'Hasil kinerja periodik, satu baris per evaluasi periodik final',
    )
    .requiredOption('-i, --instansi <kode>', 'kode atau id instansi')
    .requiredOption('-t, --tahun <tahun>', 'tahun penilaian')
    .addOption(new Option('-f, --format <format>', 'csv | json').choices(FORMAT_EKSPOR).default('csv'))
    .option('-o, --keluar <berkas>', 'tulis ke berkas (bawaan: stdout)')
    .action(async (opsi: Opsi) => {
      process.exitCode = await jalankanEkspor(jenis, opsi)
    })

export const perintahEksporSemua = () =>
  new Command('ekspor')
    .description('Ekspor hasil penilaian ke sistem kepegawaian nasional (SIASN)')
    .addCommand(perintahEkspor('rw-skp22'))
    .addCommand(perintahEkspor('periodik'))
