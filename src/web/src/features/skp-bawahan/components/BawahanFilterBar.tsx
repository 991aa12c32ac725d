import { Grid, Select, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TAHUN_MIN } from '../../../../../shared/pengaturan.ts'
import { STATUS_BAWAHAN } from '../../../../../shared/skp-bawahan.ts'
import type { useBawahanFilter } from '../hooks/use-bawahan-filter.ts'

type Filter = ReturnType<typeof useBawahanFilter>

const tahunOpsi = () => {
  const list: string[] = []
  for (let t = tahunIni() + 1; t >= TAHUN_MIN; t--) list.push(String(t))
  return list
}

/** Year, SKP status and a name/NIP search (as you type). */
export function BawahanFilterBar({ f }: { f: Filter }) {
  const { t } = useTranslation('skp-bawahan')
  const [q, setQ] = useState(f.filter.q)
  const cari = useDebouncedCallback((value: string) => f.set({ q: value.trim() }), 350)
  return (
    <Grid gap="sm" align="flex-end" mb="md">
      <Grid.Col span={{ base: 4, sm: 2 }}>
        <Select
          label={t('filter.tahun')}
          data={tahunOpsi()}
          value={String(f.filter.tahun)}
          allowDeselect={false}
          onChange={(v) => f.set({ tahun: v })}
          data-testid="bawahan-tahun"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 8, sm: 4 }}>
        <Select
          label={t('filter.status')}
          placeholder={t('filter.semua')}
          clearable
          data={STATUS_BAWAHAN.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={f.filter.status}
          onChange={(v) => f.set({ status: v })}
          data-testid="bawahan-status"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('filter.cari')}
          leftSection={<IconSearch size={16} aria-hidden />}
          inputMode="search"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value)
            cari(e.currentTarget.value)
          }}
          data-testid="bawahan-cari"
        />
      </Grid.Col>
    </Grid>
  )
}
