import { DataList } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import type { ReactNode } from 'react'

export interface InfoItem {
  label: string
  value: ReactNode
}

/** Label/value pairs as a description list; empty values show a dash. */
export function InfoList({ items, labelWidth = 160 }: { items: InfoItem[]; labelWidth?: number }) {
  const phone = useMediaQuery('(max-width: 36em)')
  return (
    <DataList size="sm" gap="xs" labelWidth={phone ? Math.min(labelWidth, 110) : labelWidth}>
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            {item.value === null || item.value === '' || item.value === undefined ? '—' : item.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  )
}
