import { Anchor, Button, FileInput, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { JENIS_IMPOR, type JenisImpor } from '../../../../../shared/impor.ts'
import { FormError } from '../../../components/FormError.tsx'
import { templateUrl } from '../api/impor.ts'

interface Props {
  jenis: JenisImpor
  file: File | null
  onJenis: (jenis: JenisImpor) => void
  onFile: (file: File | null) => void
  onPeriksa: () => void
  loading: boolean
  error: string | null
}

/** Step 1: what is imported, from which file; the templates show the expected columns. */
export function LangkahBerkas({ jenis, file, onJenis, onFile, onPeriksa, loading, error }: Props) {
  const { t } = useTranslation('impor')
  return (
    <Stack gap="md" maw={560}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="impor-jenis-label">
          {t('jenis.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="impor-jenis-label"
          value={jenis}
          onChange={(v) => onJenis(v as JenisImpor)}
          data={JENIS_IMPOR.map((j) => ({ value: j, label: t(`jenis.${j}`) }))}
          data-testid="impor-jenis"
        />
      </Stack>
      <FileInput
        label={t('berkas')}
        description={t('berkasBantuan')}
        placeholder={t('berkasPlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        value={file}
        onChange={onFile}
        clearable
        required
        data-testid="impor-file"
        fileInputProps={{ 'data-testid': 'impor-file-input' } as object}
      />
      <Anchor href={templateUrl(jenis)} download size="sm">
        <Group gap={4} component="span">
          <IconDownload size={16} aria-hidden />
          {t('template', { jenis: t(`jenis.${jenis}`).toLowerCase() })}
        </Group>
      </Anchor>
      <FormError message={error} />
      <Group>
        <Button onClick={onPeriksa} disabled={!file} loading={loading} data-testid="impor-validasi">
          {t('periksa')}
        </Button>
      </Group>
    </Stack>
  )
}
