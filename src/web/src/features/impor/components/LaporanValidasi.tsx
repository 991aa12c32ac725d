import { Alert, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImporReport } from '../../../../../shared/impor.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { RingkasanImpor } from './RingkasanImpor.tsx'
import { TabelKesalahan } from './TabelKesalahan.tsx'

interface Props {
  report: ImporReport
  onImporSemua: () => void
  onImporValid: () => Promise<void>
  onGanti: () => void
  loading: boolean
  error: string | null
}

/** Step 2: the validation report; "import all" only when every row is valid, else "valid rows only". */
export function LaporanValidasi({ report, onImporSemua, onImporValid, onGanti, loading, error }: Props) {
  const { t } = useTranslation('impor')
  const salah = report.totalBaris - report.barisValid
  const adaSalah = report.kesalahan.length > 0
  return (
    <Stack gap="md" data-testid="impor-laporan">
      <Text size="sm" c="dimmed">
        {report.namaFile}
      </Text>
      <RingkasanImpor report={report} />
      {adaSalah ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
          {t('adaSalah', { count: report.kesalahan.length })}
        </Alert>
      ) : (
        <Alert color="green" icon={<IconCircleCheck size={18} />} role="status">
          {t('semuaValid')}
        </Alert>
      )}
      {adaSalah && (
        <>
          <Title order={2} size="h5">
            {t('laporan.label')}
          </Title>
          <TabelKesalahan kesalahan={report.kesalahan} />
        </>
      )}
      <FormError message={error} />
      <Group gap="sm">
        <Tooltip label={t('imporSemuaNonaktif')} disabled={!adaSalah}>
          <span>
            <Button
              onClick={onImporSemua}
              disabled={adaSalah}
              loading={loading && !adaSalah}
              data-testid="impor-semua"
            >
              {t('imporSemua')}
            </Button>
          </span>
        </Tooltip>
        {adaSalah && report.barisValid > 0 && (
          <ConfirmButton
            color="orange"
            variant="light"
            message={t('konfirmasiValid', { valid: report.barisValid, salah })}
            onConfirm={onImporValid}
            data-testid="impor-valid-saja"
          >
            {t('imporValid', { count: report.barisValid })}
          </ConfirmButton>
        )}
        <Button variant="default" onClick={onGanti} disabled={loading}>
          {t('gantiBerkas')}
        </Button>
      </Group>
    </Stack>
  )
}
