import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SkpBawahanItem } from '../../../../../shared/skp-bawahan.ts'
import { formatNip, formatTanggal } from '../../../lib/format.ts'
import { TerlambatBadge } from '../../../components/TerlambatBadge.tsx'
import { StatusBawahanBadge } from './StatusBawahanBadge.tsx'

/** The server says which rows I may approve now (a submitted SKP that names me as penilai). */
export const bisaDisetujui = (i: SkpBawahanItem) => Boolean(i.skp && i.aksi.setujui)

interface Props {
  items: SkpBawahanItem[]
  terpilih: Set<string>
  onPilih: (skpId: string, pilih: boolean) => void
  onPilihSemua: (pilih: boolean) => void
}

function Pilih({ item, terpilih, onPilih }: { item: SkpBawahanItem } & Pick<Props, 'terpilih' | 'onPilih'>) {
  const { t } = useTranslation('skp-bawahan')
  if (!bisaDisetujui(item)) return null
  return (
    <Checkbox
      aria-label={t('tabel.pilih', { nama: item.pegawai.nama })}
      checked={terpilih.has(item.skp!.id)}
      onChange={(e) => onPilih(item.skp!.id, e.currentTarget.checked)}
      data-testid="bawahan-pilih"
    />
  )
}

function Buka({ item }: { item: SkpBawahanItem }) {
  const { t } = useTranslation('skp-bawahan')
  if (!item.skp) return null
  const tinjau = bisaDisetujui(item)
  return (
    <Button
      component={Link}
      to={`/skp/${item.skp.id}`}
      size="xs"
      variant={tinjau ? 'filled' : 'default'}
      data-testid="bawahan-buka"
    >
      {t(tinjau ? 'tabel.tinjau' : 'tabel.buka')}
    </Button>
  )
}

function Periode({ item }: { item: SkpBawahanItem }) {
  const { t } = useTranslation('skp-bawahan')
  if (!item.skp) return <Text size="sm">—</Text>
  return (
    <Text size="sm">
      {formatTanggal(item.skp.mulai)} – {formatTanggal(item.skp.selesai)}
      {!item.sayaPenilai && (
        <Text span size="xs" c="dimmed" display="block">
          {t('tabel.bukanPenilai')}
        </Text>
      )}
    </Text>
  )
}

function Kartu({ items, terpilih, onPilih }: Props) {
  const { t } = useTranslation('skp-bawahan')
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('tabel.label')}
      data-testid="bawahan-tabel"
    >
      {items.map((i) => (
        <Card
          key={`${i.pegawai.id}-${i.skp?.id ?? ''}`}
          withBorder
          padding="sm"
          component="li"
          data-testid="bawahan-baris"
          data-nip={i.pegawai.nip}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Pilih item={i} terpilih={terpilih} onPilih={onPilih} />
              <div>
                <Text fw={600} size="sm">
                  {i.pegawai.nama}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatNip(i.pegawai.nip)}
                </Text>
              </div>
            </Group>
            <Stack gap={4} align="flex-end">
              <StatusBawahanBadge status={i.status} />
              <TerlambatBadge terlambat={i.terlambat} hariTerlambat={i.hariTerlambat} />
            </Stack>
          </Group>
          <Text size="sm" mt={4}>
            {i.pegawai.jabatan ?? '—'}
          </Text>
          <Group justify="space-between" mt={4} gap="xs">
            <Periode item={i} />
            <Buka item={i} />
          </Group>
        </Card>
      ))}
    </Stack>
  )
}

/** Subordinates with their SKP status: a table, one card per person on phones. */
export function BawahanTable(props: Props) {
  const { t } = useTranslation('skp-bawahan')
  const phone = useMediaQuery('(max-width: 48em)')
  if (phone) return <Kartu {...props} />
  const { items, terpilih, onPilih, onPilihSemua } = props
  const bisa = items.filter(bisaDisetujui)
  const semua = bisa.length > 0 && bisa.every((i) => terpilih.has(i.skp!.id))
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('tabel.label')}
        data-testid="bawahan-tabel"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('tabel.pilihSemua')}
                checked={semua}
                indeterminate={!semua && bisa.some((i) => terpilih.has(i.skp!.id))}
                disabled={bisa.length === 0}
                onChange={(e) => onPilihSemua(e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('tabel.pegawai')}</Table.Th>
            <Table.Th>{t('tabel.jabatan')}</Table.Th>
            <Table.Th>{t('tabel.status')}</Table.Th>
            <Table.Th>{t('tabel.periode')}</Table.Th>
            <Table.Th>{t('tabel.aksi')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr
              key={`${i.pegawai.id}-${i.skp?.id ?? ''}`}
              data-testid="bawahan-baris"
              data-nip={i.pegawai.nip}
            >
              <Table.Td>
                <Pilih item={i} terpilih={terpilih} onPilih={onPilih} />
              </Table.Td>
              <Table.Td>
                {i.skp ? (
                  <Anchor component={Link} to={`/skp/${i.skp.id}`} fw={600} size="sm">
                    {i.pegawai.nama}
                  </Anchor>
                ) : (
                  <Text fw={600} size="sm">
                    {i.pegawai.nama}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {formatNip(i.pegawai.nip)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.pegawai.jabatan ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {i.pegawai.unor ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBawahanBadge status={i.status} />
                  <TerlambatBadge terlambat={i.terlambat} hariTerlambat={i.hariTerlambat} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Periode item={i} />
              </Table.Td>
              <Table.Td>
                <Buka item={i} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
