import { ActionIcon, Anchor, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AuditView } from '../../../../../shared/audit.ts'
import { formatWaktu } from '../../../lib/format.ts'

function Json({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation('audit')
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Code
        block
        tabIndex={0}
        aria-label={label}
        style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {value === null || value === undefined ? t('tabel.kosongJson') : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  )
}

/**
 * The object a row names, as the server resolved it: its name, linked to its page when it has one. An
 * object since deleted shows its type and says so; the UUID itself is never shown (issue 6, item 21).
 */
function Objek({ row }: { row: AuditView }) {
  const { t } = useTranslation('audit')
  const jenis = t(`entitas.${row.entitas}`, { defaultValue: row.entitas })
  if (!row.objek) {
    return (
      <Text size="sm">
        {jenis}
        {row.entitasId && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('objek.tidakAda')})
          </Text>
        )}
      </Text>
    )
  }
  const nama = row.objek.tautan ? (
    <Anchor component={Link} to={row.objek.tautan} size="sm">
      {row.objek.nama}
    </Anchor>
  ) : (
    <Text size="sm" span>
      {row.objek.nama}
    </Text>
  )
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {jenis}
      </Text>
      <div style={{ overflowWrap: 'anywhere' }}>{nama}</div>
    </Stack>
  )
}

function Baris({ row }: { row: AuditView }) {
  const { t } = useTranslation('audit')
  const [open, setOpen] = useState(false)
  const detailId = `audit-rincian-${row.id}`
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td w={44}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailId}
            aria-label={open ? t('tabel.sembunyikan') : t('tabel.tampilkan')}
            data-testid="audit-expand"
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatWaktu(row.waktu)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{row.aktorNama ?? t('tabel.sistem')}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{t(`aksi.${row.aksi}`, { defaultValue: row.aksi })}</Text>
        </Table.Td>
        <Table.Td>
          <Objek row={row} />
        </Table.Td>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {row.ip ?? '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={detailId} style={{ display: open ? undefined : 'none' }}>
        <Table.Td colSpan={6} bg="gray.0">
          {open && (
            <>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" p="xs">
                <Json label={t('tabel.sebelum')} value={row.sebelum} />
                <Json label={t('tabel.sesudah')} value={row.sesudah} />
              </SimpleGrid>
              {row.requestId && (
                <Text size="xs" c="dimmed" px="xs">
                  {t('tabel.requestId')}: <span style={{ fontFamily: 'monospace' }}>{row.requestId}</span>
                </Text>
              )}
            </>
          )}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  )
}

/** One row per event; the chevron opens the before/after content. */
export function AuditTable({ items }: { items: AuditView[] }) {
  const { t } = useTranslation('audit')
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label={t('tabel.label')} data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tabel.rincian')}</Table.Th>
            <Table.Th>{t('tabel.waktu')}</Table.Th>
            <Table.Th>{t('tabel.aktor')}</Table.Th>
            <Table.Th>{t('tabel.aksi')}</Table.Th>
            <Table.Th>{t('tabel.entitas')}</Table.Th>
            <Table.Th>{t('tabel.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Baris key={row.id} row={row} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
