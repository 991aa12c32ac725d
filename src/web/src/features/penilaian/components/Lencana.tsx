import { Badge, type BadgeProps } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { PREDIKAT_PEGAWAI, RATING, STATUS_EVALUASI } from '../../../../../shared/penilaian.ts'
import i18n, { bahasaAktif } from '../../../i18n/index.ts'

type Rating = (typeof RATING)[number]
type Predikat = (typeof PREDIKAT_PEGAWAI)[number]
type Status = (typeof STATUS_EVALUASI)[number]

const WARNA_STATUS: Record<Status | 'belum', string> = {
  belum: 'gray',
  draft: 'yellow',
  final: 'blue',
  diterima: 'green',
  digantikan: 'gray',
}
const WARNA_RATING: Record<Rating, string> = { DI_ATAS: 'green', SESUAI: 'blue', DI_BAWAH: 'red' }
const WARNA_PREDIKAT: Record<Predikat, string> = {
  SANGAT_BAIK: 'green',
  BAIK: 'teal',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
}

/** The evaluation's state; `belum` when the period has no evaluation yet. */
export function StatusEvaluasiBadge({ status, ...rest }: { status: Status | 'belum' } & BadgeProps) {
  const { t } = useTranslation('penilaian')
  return (
    <Badge color={WARNA_STATUS[status]} variant="light" data-testid="status-evaluasi" {...rest}>
      {t(`status.${status}`)}
    </Badge>
  )
}

export function RatingBadge({ rating, ...rest }: { rating: Rating | null } & BadgeProps) {
  const { t } = useTranslation('penilaian')
  if (!rating) return null
  return (
    <Badge color={WARNA_RATING[rating]} variant="outline" {...rest}>
      {t(`common:rating.${rating}`)}
    </Badge>
  )
}

/** The predikat exactly as the server sent it (computed once, on the server: src/domain/predikat.ts). */
export function PredikatBadge({ predikat, ...rest }: { predikat: Predikat | null } & BadgeProps) {
  const { t } = useTranslation('penilaian')
  if (!predikat) return null
  return (
    <Badge color={WARNA_PREDIKAT[predikat]} variant="filled" data-predikat={predikat} {...rest}>
      {t(`common:predikat.${predikat}`)}
    </Badge>
  )
}

/** A stored two-language text `Indonesian|English` in the reader's language (a plain text stays as is). */
export function teksDuaBahasa(teks: string | null | undefined): string {
  if (!teks) return ''
  const [id, en] = teks.split('|')
  return bahasaAktif() === 'en' && en ? en : id
}

const ROMAWI = ['I', 'II', 'III', 'IV']

/** A period code as people say it: B04 → April, TW1 → Triwulan I, S2 → Semester II, FINAL → Tahunan. */
export function namaPeriode(kode: string): string {
  const n = Number(kode.replace(/\D/g, ''))
  if (kode === 'FINAL') return i18n.t('penilaian:periode.FINAL')
  if (kode.startsWith('B') && n >= 1 && n <= 12)
    return dayjs()
      .month(n - 1)
      .format('MMMM')
  if (kode.startsWith('TW')) return i18n.t('penilaian:periode.TW', { n: ROMAWI[n - 1] ?? n })
  if (kode.startsWith('S')) return i18n.t('penilaian:periode.S', { n: ROMAWI[n - 1] ?? n })
  return kode
}
