import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImporReport } from '../../../../../shared/impor.ts'
import { formatAngka } from '../../../lib/format.ts'

function Angka({
  label,
  value,
  color,
  testId,
}: {
  label: string
  value: number
  color?: string
  testId: string
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} c={color} data-testid={testId}>
        {formatAngka(value)}
      </Text>
    </Paper>
  )
}

/** Counts of a validation (total, valid, bad) or of a finished import (what changed). */
export function RingkasanImpor({ report, hasil = false }: { report: ImporReport; hasil?: boolean }) {
  const { t } = useTranslation('impor')
  const salah = report.totalBaris - report.barisValid
  if (!hasil) {
    return (
      <SimpleGrid cols={3} spacing="sm">
        <Angka label={t('ringkasan.total')} value={report.totalBaris} testId="impor-total" />
        <Angka label={t('ringkasan.valid')} value={report.barisValid} color="green.9" testId="impor-valid" />
        <Angka
          label={t('ringkasan.salah')}
          value={salah}
          color={salah ? 'red.9' : undefined}
          testId="impor-salah"
        />
      </SimpleGrid>
    )
  }
  const r = report.ringkasan
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
      <Angka label={t('ringkasan.ditulis')} value={report.barisDitulis} testId="impor-ditulis" />
      <Angka label={t('ringkasan.baru')} value={r.baru} testId="impor-baru" />
      <Angka label={t('ringkasan.diperbarui')} value={r.diperbarui} testId="impor-diperbarui" />
      <Angka label={t('ringkasan.mutasi')} value={r.mutasi} testId="impor-mutasi" />
      <Angka label={t('ringkasan.tidakBerubah')} value={r.tidakBerubah} testId="impor-tidak-berubah" />
    </SimpleGrid>
  )
}
