import { Select, type SelectProps } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnorList } from '../lib/queries.ts'
import { subPohon, urutanPohon } from '../lib/unor-tree.ts'

export const UNOR_ROOT = '__root__'

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  instansiId: string | null
  value: string | null
  onChange: (value: string | null) => void
  /** Hide this unit and its sub-units (moving a unit). */
  excludeSubtreeOf?: string
  /** Offer "no parent" as an option with this label; it is reported as UNOR_ROOT. */
  rootLabel?: string
  includeInactive?: boolean
}

/** A searchable unit picker in tree order (indented), from GET /unor. */
export function UnorSelect({
  instansiId,
  value,
  onChange,
  excludeSubtreeOf,
  rootLabel,
  includeInactive,
  ...rest
}: Props) {
  const { t } = useTranslation()
  const unor = useUnorList(instansiId)
  const data = useMemo(() => {
    const items = unor.data ?? []
    const hidden = excludeSubtreeOf ? subPohon(items, excludeSubtreeOf) : new Set<string>()
    const rows = urutanPohon(items).filter((r) => !hidden.has(r.node.id) && (includeInactive || r.node.aktif))
    const options = rows.map((r) => ({ value: r.node.id, label: r.node.nama }))
    const depth = new Map(rows.map((r) => [r.node.id, r.depth]))
    return { options: rootLabel ? [{ value: UNOR_ROOT, label: rootLabel }, ...options] : options, depth }
  }, [unor.data, excludeSubtreeOf, rootLabel, includeInactive])
  return (
    <Select
      searchable
      clearable={!rest.required}
      nothingFoundMessage={t('status.tidakDitemukan')}
      disabled={unor.isPending || rest.disabled}
      data={data.options}
      renderOption={({ option }) => (
        <span style={{ paddingInlineStart: `${(data.depth.get(option.value) ?? 0) * 14}px` }}>
          {option.label}
        </span>
      )}
      value={value}
      onChange={onChange}
      limit={300}
      {...rest}
    />
  )
}
