import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImporReport } from '../../../../../shared/impor.ts'
import { RingkasanImpor } from './RingkasanImpor.tsx'
import { TabelKesalahan } from './TabelKesalahan.tsx'

/** Step 3: what the import changed, and the rows it skipped (valid_saja). */
export function HasilImpor({ report, onLagi }: { report: ImporReport; onLagi: () => void }) {
  const { t } = useTranslation('impor')
  const selesai = report.status === 'selesai'
  return (
    <Stack gap="md" data-testid="impor-hasil">
      <Alert
        color={selesai ? 'green' : 'red'}
        icon={selesai ? <IconCircleCheck size={18} /> : <IconCircleX size={18} />}
        title={selesai ? t('selesai') : t('ditolak')}
        role="status"
      >
        <Text size="sm">
          {report.namaFile} · {t(`mode.${report.mode}`)}
        </Text>
      </Alert>
      <RingkasanImpor report={report} hasil />
      {report.kesalahan.length > 0 && (
        <>
          <Title order={2} size="h5">
            {t('laporan.dilewati')}
          </Title>
          <TabelKesalahan kesalahan={report.kesalahan} label={t('laporan.dilewati')} />
        </>
      )}
      <Group>
        <Button onClick={onLagi} data-testid="impor-lagi">
          {t('imporLagi')}
        </Button>
      </Group>
    </Stack>
  )
}
