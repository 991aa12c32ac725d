import { Card, Group, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../lib/format.ts'
import { bisaDiisi, kunciSel, petaSel, type Bawahan, type Grid, type Sasaran } from '../hooks/use-matriks.ts'
import { SelMatriks } from './SelMatriks.tsx'
import { StatusSkpBadge } from './StatusSkpBadge.tsx'

interface Props {
  grid: Grid
  massal: boolean
  terpilih: Map<string, Sasaran>
  onPilih: (s: Sasaran, ya: boolean) => void
  onBuka: (s: Sasaran) => void
}

const stickyKiri = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const

function pembuatSasaran(grid: Grid) {
  const sel = petaSel(grid)
  return (rhkIndex: number, b: Bawahan): Sasaran => {
    const rhk = grid.rhkAtasan[rhkIndex]
    return { rhk, nomor: rhkIndex + 1, bawahan: b, sel: sel.get(kunciSel(rhk.id, b.pegawaiId)) ?? null }
  }
}

/**
 * The real cascade: RHK a subordinate linked to this row by hand (no cell made them), from the server's
 * MphView.intervensi, so the atasan sees who already contributes before filling a cell.
 */
function SudahIntervensi({ s, grid }: { s: Sasaran; grid: Grid }) {
  const { t } = useTranslation('kaskade')
  const rhk = grid.intervensi.filter(
    (r) => r.rhkAtasanId === s.rhk.id && r.pegawaiId === s.bawahan.pegawaiId && !r.peranHasilId,
  )
  if (rhk.length === 0) return null
  return (
    <Stack gap={2} mt={6} data-testid="mph-intervensi">
      <Text size="xs" c="dimmed">
        {t('mph.sudahIntervensi')}
      </Text>
      {rhk.map((r) => (
        <Text key={r.rhkId} size="xs">
          {r.deskripsi}
        </Text>
      ))}
    </Stack>
  )
}

function Sel({ s, p }: { s: Sasaran; p: Props }) {
  return (
    <>
      <SelMatriks
        s={s}
        bisa={bisaDiisi(s.bawahan)}
        ubah={p.grid.aksi.ubahSel}
        massal={p.massal}
        terpilih={p.terpilih.has(kunciSel(s.rhk.id, s.bawahan.pegawaiId))}
        onPilih={(ya) => p.onPilih(s, ya)}
        onBuka={() => p.onBuka(s)}
      />
      <SudahIntervensi s={s} grid={p.grid} />
    </>
  )
}

/** Phones: one card per own RHK, listing each subordinate with their cell. */
function Kartu(p: Props) {
  const { t } = useTranslation('kaskade')
  const sasaran = pembuatSasaran(p.grid)
  return (
    <Stack
      gap="sm"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('mph.label')}
      data-testid="mph-grid"
    >
      {p.grid.rhkAtasan.map((r, i) => (
        <Card key={r.id} withBorder padding="sm" component="li">
          <Text size="xs" fw={700} c="dimmed">
            {t('mph.nomor', { nomor: i + 1 })}
          </Text>
          <Text size="sm" fw={600} mb="xs">
            {r.deskripsi}
          </Text>
          <Stack gap={6}>
            {p.grid.bawahan.map((b) => (
              <Group
                key={b.pegawaiId}
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                gap="xs"
                py={4}
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Stack gap={2} style={{ flex: '0 0 45%' }}>
                  <Text size="sm">{b.nama}</Text>
                  <StatusSkpBadge status={b.skpStatus} size="xs" />
                </Stack>
                <div style={{ flex: 1, textAlign: 'right' }}>
                  <Sel s={sasaran(i, b)} p={p} />
                </div>
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}

/** Own RHK (rows) × subordinates (columns); the first column stays put while scrolling sideways. */
export function MatriksGrid(p: Props) {
  const { t } = useTranslation('kaskade')
  const phone = useMediaQuery('(max-width: 48em)')
  const sasaran = pembuatSasaran(p.grid)
  if (phone) return <Kartu {...p} />
  return (
    <Table.ScrollContainer minWidth={260 + 190 * p.grid.bawahan.length}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        aria-label={t('mph.label')}
        data-testid="mph-grid"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ ...stickyKiri, minWidth: 260 }}>{t('mph.rhk')}</Table.Th>
            {p.grid.bawahan.map((b) => (
              <Table.Th key={b.pegawaiId} style={{ minWidth: 190, verticalAlign: 'top' }}>
                <Text size="sm" fw={600}>
                  {b.nama}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {b.jabatan ?? formatNip(b.nip)}
                </Text>
                <StatusSkpBadge status={b.skpStatus} size="xs" mt={4} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.grid.rhkAtasan.map((r, i) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" style={{ ...stickyKiri, fontWeight: 400, verticalAlign: 'top' }}>
                <Text size="xs" fw={700} c="dimmed">
                  {t('mph.nomor', { nomor: i + 1 })}
                </Text>
                <Text size="sm">{r.deskripsi}</Text>
              </Table.Th>
              {p.grid.bawahan.map((b) => (
                <Table.Td key={b.pegawaiId} style={{ verticalAlign: 'top' }}>
                  <Sel s={sasaran(i, b)} p={p} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
