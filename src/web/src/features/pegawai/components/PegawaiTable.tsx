import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PegawaiListItem } from '../../../../../shared/pegawai.ts'
import { formatNip } from '../../../lib/format.ts'

function Status({ p }: { p: PegawaiListItem }) {
  const { t: tc } = useTranslation()
  return (
    <Badge color={p.status === 'aktif' ? 'green' : 'gray'} variant="light">
      {tc(`enum.statusKepegawaian.${p.status}`)}
    </Badge>
  )
}

/** The name, linked to the admin's detail page unless the list is read-only (a pimpinan's unit list). */
function Nama({ p, tautan }: { p: PegawaiListItem; tautan: boolean }) {
  if (!tautan)
    return (
      <Text fw={600} size="sm">
        {p.nama}
      </Text>
    )
  return (
    <Anchor component={Link} to={`/admin/pegawai/${p.id}`} fw={600} size="sm">
      {p.nama}
    </Anchor>
  )
}

/** Phones: one card per pegawai instead of a wide table. */
function DaftarKartu({ items, tautan }: { items: PegawaiListItem[]; tautan: boolean }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('tabel.label')}
      data-testid="pegawai-table"
    >
      {items.map((p) => (
        <Card key={p.id} withBorder padding="sm" component="li">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Nama p={p} tautan={tautan} />
            <Status p={p} />
          </Group>
          <Text size="xs" c="dimmed">
            {formatNip(p.nip)} · {tc(`enum.jenisAsn.${p.jenisAsn}`)} {p.golongan ? `· ${p.golongan}` : ''}
          </Text>
          <Text size="sm">{p.jabatan?.nama ?? '—'}</Text>
          <Text size="xs" c="dimmed">
            {p.unor?.nama ?? '—'}
          </Text>
        </Card>
      ))}
    </Stack>
  )
}

/** The list as a table (cards on phones), name first; `tautan` links each name to its detail page. */
export function PegawaiTable({ items, tautan = true }: { items: PegawaiListItem[]; tautan?: boolean }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const phone = useMediaQuery('(max-width: 48em)')
  if (phone) return <DaftarKartu items={items} tautan={tautan} />
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('tabel.label')}
        data-testid="pegawai-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tabel.nama')}</Table.Th>
            <Table.Th>{t('tabel.jabatan')}</Table.Th>
            <Table.Th>{t('tabel.unor')}</Table.Th>
            <Table.Th>{t('tabel.golongan')}</Table.Th>
            <Table.Th>{t('tabel.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Nama p={p} tautan={tautan} />
                <Text size="xs" c="dimmed">
                  {formatNip(p.nip)} · {tc(`enum.jenisAsn.${p.jenisAsn}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.jabatan?.nama ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.unor?.nama ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.golongan ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Status p={p} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
