import { Button, Checkbox, Grid, Group, Select, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JENIS_ASN, STATUS_KEPEGAWAIAN } from '../../../../../shared/pegawai.ts'
import { UnorSelect } from '../../../components/UnorSelect.tsx'
import type { usePegawaiFilter } from '../hooks/use-pegawai-filter.ts'

type Filter = ReturnType<typeof usePegawaiFilter>

/** Search by NIP or name (as you type), unit (with sub-units), status and jenis ASN. */
export function PegawaiFilterBar({ instansiId, f }: { instansiId: string; f: Filter }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const [q, setQ] = useState(f.filter.q)
  const cari = useDebouncedCallback((value: string) => f.set({ q: value.trim() }), 350)
  return (
    <Grid gap="sm" align="flex-end" mb="md">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('filter.cari')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          inputMode="search"
          onChange={(e) => {
            setQ(e.currentTarget.value)
            cari(e.currentTarget.value)
          }}
          data-testid="pegawai-cari"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
        <UnorSelect
          label={t('filter.unor')}
          instansiId={instansiId}
          includeInactive
          value={f.filter.unorId}
          onChange={(v) => f.set({ unorId: v })}
          data-testid="pegawai-filter-unor"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
        <Select
          label={t('filter.status')}
          clearable
          placeholder={t('filter.semua')}
          value={f.filter.status}
          onChange={(v) => f.set({ status: v })}
          data={STATUS_KEPEGAWAIAN.map((s) => ({ value: s, label: tc(`enum.statusKepegawaian.${s}`) }))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3, md: 3 }}>
        <Select
          label={t('filter.jenisAsn')}
          clearable
          placeholder={t('filter.semua')}
          value={f.filter.jenisAsn}
          onChange={(v) => f.set({ jenisAsn: v })}
          data={JENIS_ASN.map((s) => ({ value: s, label: tc(`enum.jenisAsn.${s}`) }))}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Group justify={f.filter.unorId ? 'space-between' : 'flex-end'} gap="sm">
          {f.filter.unorId && (
            <Checkbox
              label={t('filter.termasukSub')}
              checked={f.filter.termasukSubUnit}
              onChange={(e) => f.set({ sub: e.currentTarget.checked ? null : '0' })}
            />
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={!f.active}
            onClick={() => {
              setQ('')
              f.reset()
            }}
          >
            {tc('aksi.reset')}
          </Button>
        </Group>
      </Grid.Col>
    </Grid>
  )
}
