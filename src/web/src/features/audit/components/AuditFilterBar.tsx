import { Button, Grid, Select, Switch, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../../components/DateField.tsx'

export interface AuditFilterState {
  aksi: string | null
  entitas: string | null
  entitasId: string
  aktor: string
  dari: string | null
  sampai: string | null
  semuaInstansi: boolean
}

export const FILTER_KOSONG: AuditFilterState = {
  aksi: null,
  entitas: null,
  entitasId: '',
  aktor: '',
  dari: null,
  sampai: null,
  semuaInstansi: false,
}

interface Props {
  value: AuditFilterState
  onChange: (next: AuditFilterState) => void
  canChooseInstansi: boolean
  sampaiError?: string
}

/** Options from this feature's labels: codes the audit log uses, shown in plain words. */
function useOpsi(group: 'aksi' | 'entitas') {
  const { t, i18n } = useTranslation('audit')
  const bundle = (i18n.getResourceBundle(i18n.language, 'audit') ?? {}) as Record<
    string,
    Record<string, string>
  >
  return Object.keys(bundle[group] ?? {}).map((code) => ({ value: code, label: t(`${group}.${code}`) }))
}

export function AuditFilterBar({ value, onChange, canChooseInstansi, sampaiError }: Props) {
  const { t } = useTranslation('audit')
  const { t: tc } = useTranslation()
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...value, ...patch })
  const aksi = useOpsi('aksi')
  const entitas = useOpsi('entitas')
  return (
    <Grid gap="sm" align="flex-end" mb="md">
      <Grid.Col span={{ base: 6, md: 2 }}>
        <Select
          label={t('filter.aksi')}
          clearable
          searchable
          data={aksi}
          value={value.aksi}
          onChange={(v) => set({ aksi: v })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>
        <Select
          label={t('filter.entitas')}
          clearable
          searchable
          data={entitas}
          value={value.entitas}
          onChange={(v) => set({ entitas: v })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
        <TextInput
          label={t('filter.aktor')}
          value={value.aktor}
          onChange={(e) => set({ aktor: e.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
        <DateField label={t('filter.dari')} value={value.dari} onChange={(v) => set({ dari: v })} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
        <DateField
          label={t('filter.sampai')}
          value={value.sampai}
          onChange={(v) => set({ sampai: v })}
          error={sampaiError}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 2 }}>
        <Button variant="subtle" onClick={() => onChange(FILTER_KOSONG)}>
          {tc('aksi.reset')}
        </Button>
      </Grid.Col>
      {value.entitasId && (
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            label={t('filter.entitasId')}
            value={value.entitasId}
            onChange={(e) => set({ entitasId: e.currentTarget.value })}
          />
        </Grid.Col>
      )}
      {canChooseInstansi && (
        <Grid.Col span={12}>
          <Switch
            label={t('filter.semuaInstansi')}
            checked={value.semuaInstansi}
            onChange={(e) => set({ semuaInstansi: e.currentTarget.checked })}
          />
        </Grid.Col>
      )}
    </Grid>
  )
}
