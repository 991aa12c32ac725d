import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { Command, Option } from 'commander'
import { cariInstansi, imporService, lokalkan } from '../modules/impor/impor.service.ts'
import type { Pelaku } from '../modules/impor/impor-jalan.ts'
import type { Actor } from '../server/auth/actor.ts'
import { MODE_IMPOR, type JenisImpor, type ModeImpor } from '../shared/impor.ts'
import { denganDatabase } from './database.ts'
import { progressBar } from './kemajuan.ts'
import { teksLaporan } from './laporan.ts'

interface Opsi {
  instansi: string
  mode: ModeImpor
  bahasa: 'id' | 'en'
  json?: boolean
}

/** The CLI acts without an account; the audit log names the operating-system user and host instead. */
const pelakuCli = (): Pelaku => ({
  actor: { akunId: null, nama: `CLI ${os.userInfo().username}@${os.hostname()}` } as unknown as Actor,
  ip: 'cli',
  requestId: `cli-${randomUUID()}`,
})

/** Exit code 1 when any row is bad (rejected, or skipped in valid_saja), with the report printed. */
async function jalankanImpor(jenis: JenisImpor, file: string, opsi: Opsi): Promise<number> {
  return denganDatabase(async (database) => {
    const instansi = await cariInstansi(database.db, { kode: opsi.instansi })
    if (!instansi) {
      console.error(
        opsi.bahasa === 'en'
          ? `Unknown agency code: ${opsi.instansi}`
          : `Kode instansi tidak dikenal: ${opsi.instansi}`,
      )
      return 1
    }
    const bar = progressBar(opsi.bahasa)
    const laporan = await imporService(database)
      .jalankan(pelakuCli(), {
        jenis,
        instansiId: instansi.id,
        mode: opsi.mode,
        sumber: { namaFile: path.basename(file), path: path.resolve(file) },
        kemajuan: bar.kemajuan,
      })
      .finally(bar.selesai)
    const r = lokalkan(laporan, opsi.bahasa)
    console.log(opsi.json ? JSON.stringify(r, null, 2) : teksLaporan(r, opsi.bahasa))
    return r.kesalahan.length ? 1 : 0
  })
}

const perintahImpor = (jenis: JenisImpor) =>
  new Command(jenis)
    .description(
      jenis === 'pegawai'
        ? 'Impor pegawai dari CSV/XLSX (kolom: docs/IMPORT.md)'
        : 'Impor unit organisasi dari CSV/XLSX (kolom: docs/IMPORT.md)',
    )
    .argument('<file>', 'berkas CSV atau XLSX')
    .requiredOption('-i, --instansi <kode>', 'kode instansi tujuan')
    .addOption(
      new Option('-m, --mode <mode>', 'semua | valid_saja | validasi').choices(MODE_IMPOR).default('semua'),
    )
    .addOption(new Option('-b, --bahasa <bahasa>', 'bahasa laporan').choices(['id', 'en']).default('id'))
    .option('--json', 'cetak laporan sebagai JSON')
    .action(async (file: string, opsi: Opsi) => {
      process.exitCode = await jalankanImpor(jenis, file, opsi)
    })

export const perintahImporSemua = () =>
  new Command('import')
    .description('Impor data dari sistem kepegawaian nasional (SIASN)')
    .addCommand(perintahImpor('pegawai'))
    .addCommand(perintahImpor('unor'))
