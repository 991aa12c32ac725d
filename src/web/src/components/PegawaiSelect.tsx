import { Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Page } from '../../../shared/common.ts'
import type { PegawaiListItem } from '../../../shared/pegawai.ts'
import { api } from '../lib/api.ts'
import { formatNip } from '../lib/format.ts'

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  instansiId: string | null
  value: string | null
  onChange: (value: string | null) => void
  /** Leave this pegawai out (e.g. oneself as one's own atasan). */
  excludeId?: string
}

/** Finds a pegawai by NIP or name (server-side search, GET /pegawai?q=). */
export function PegawaiSelect({ instansiId, value, onChange, excludeId, ...rest }: Props) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 300)
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null)
  const result = useQuery({
    queryKey: ['pegawai', 'cari', instansiId, q],
    queryFn: () => api.get<Page<PegawaiListItem>>('/pegawai', { instansiId, q, pageSize: 20 }),
    enabled: Boolean(instansiId) && q.length >= 2,
    placeholderData: keepPreviousData,
  })
  const options = (q.length >= 2 ? (result.data?.items ?? []) : [])
    .filter((p) => p.id !== excludeId)
    .map((p) => ({ value: p.id, label: `${p.nama} — ${formatNip(p.nip)}` }))
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked)
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v, option) => {
        setPicked(option ? { value: option.value, label: option.label } : null)
        onChange(v)
      }}
      filter={({ options: all }) => all}
      description={rest.description ?? t('field.ketikUntukMencari')}
      nothingFoundMessage={q.length >= 2 && result.isSuccess ? t('status.tidakDitemukan') : undefined}
      rightSectionPointerEvents={value ? 'all' : 'none'}
      {...rest}
    />
  )
}
