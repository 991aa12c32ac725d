import { Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImporReport } from '../../../../../shared/impor.ts'
import { TablePager } from '../../../components/TablePager.tsx'

const PER_HALAMAN = 50

/** Every bad row: row number (header = 1), column, reason. Paged in the browser (the report is complete). */
export function TabelKesalahan({
  kesalahan,
  label,
}: {
  kesalahan: ImporReport['kesalahan']
  label?: string
}) {
  const { t } = useTranslation('impor')
  const [page, setPage] = useState(1)
  if (kesalahan.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('laporan.kosong')}
      </Text>
    )
  }
  const rows = kesalahan.slice((page - 1) * PER_HALAMAN, page * PER_HALAMAN)
  return (
    <>
      <Table.ScrollContainer minWidth={320}>
        <Table
          striped
          verticalSpacing={6}
          aria-label={label ?? t('laporan.label')}
          data-testid="impor-report-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('laporan.baris')}</Table.Th>
              <Table.Th w={{ base: 100, sm: 180 }}>{t('laporan.kolom')}</Table.Th>
              <Table.Th>{t('laporan.pesan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((k, i) => (
              <Table.Tr key={`${k.baris}-${k.kolom}-${i}`} data-testid="impor-report-row">
                <Table.Td>{k.baris}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {k.kolom}
                  </Text>
                </Table.Td>
                <Table.Td>{k.pesan}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager page={page} pageSize={PER_HALAMAN} total={kesalahan.length} onChange={setPage} />
    </>
  )
}
