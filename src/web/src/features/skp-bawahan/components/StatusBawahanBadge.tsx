import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SkpBawahanItem } from '../../../../../shared/skp-bawahan.ts'

const WARNA: Record<SkpBawahanItem['status'], string> = {
  belum_ada: 'red',
  draft: 'gray',
  diajukan: 'blue',
  disetujui: 'green',
  dikembalikan: 'orange',
}

export function StatusBawahanBadge({ status }: { status: SkpBawahanItem['status'] }) {
  const { t } = useTranslation('skp-bawahan')
  return (
    <Badge color={WARNA[status]} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  )
}
