import cliProgress from 'cli-progress'
import type { Kemajuan, Tahap } from '../modules/impor/impor-jalan.ts'

const JUDUL: Record<Tahap, { id: string; en: string }> = {
  validasi: { id: 'Validasi', en: 'Validating' },
  tulis: { id: 'Menulis ', en: 'Writing   ' },
}

/** One progress bar per stage on stderr (stdout stays clean for the report); silent when not a terminal. */
export function progressBar(lang: 'id' | 'en') {
  let bar: cliProgress.SingleBar | null = null
  let tahapSaatIni: Tahap | null = null
  const selesai = () => {
    bar?.stop()
    bar = null
  }
  const kemajuan: Kemajuan = (tahap, n, total) => {
    if (tahap !== tahapSaatIni) {
      selesai()
      tahapSaatIni = tahap
      bar = new cliProgress.SingleBar(
        { format: `${JUDUL[tahap][lang]} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
      bar.start(total, 0)
    }
    bar?.update(n)
  }
  return { kemajuan, selesai }
}
