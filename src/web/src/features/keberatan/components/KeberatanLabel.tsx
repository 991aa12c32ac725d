import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { KeberatanRingkas } from '../../../../../shared/keberatan.ts'

/** "Periode TW1 2026 · versi 1"; the annual evaluation by name. */
export function LabelPeriode({ periode, tahun, versi }: { periode: string; tahun: number; versi: number }) {
  const { t } = useTranslation('keberatan')
  return <>{t('periode', { periode: periode === 'FINAL' ? t('tahunan') : periode, tahun, versi })}</>
}

/** Pending, or decided with its outcome. */
export function StatusKeberatan({ k }: { k: Pick<KeberatanRingkas, 'status' | 'keputusan'> }) {
  const { t } = useTranslation('keberatan')
  if (k.status === 'diajukan')
    return (
      <Badge color="yellow" variant="light">
        {t('status.diajukan')}
      </Badge>
    )
  return (
    <Badge color={k.keputusan === 'ubah' ? 'teal' : 'gray'} variant="light">
      {k.keputusan ? t(`keputusan.${k.keputusan}`) : t('status.diputuskan')}
    </Badge>
  )
}
