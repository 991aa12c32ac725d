import { Badge, Box, Card, Group, ScrollArea, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { GridTinjauan as Grid } from '../../../../../shared/progres-harian.ts'
import { jam } from './minggu.ts'
import { StatusProgresBadge } from './StatusProgresBadge.tsx'

type Props = { grid: Grid; onPilih: (pegawaiId: string) => void }

/** On a phone: one card per person, the week's days as a row of badges. */
function Kartu({ grid, onPilih }: Props) {
  const { t } = useTranslation('progres-harian')
  return (
    <Stack gap="xs" hiddenFrom="sm">
      {grid.baris.map((b) => (
        <Card key={b.pegawai.id} withBorder padding="xs">
          <UnstyledButton onClick={() => onPilih(b.pegawai.id)}>
            <Text size="sm" fw={600}>
              {b.pegawai.nama}
            </Text>
          </UnstyledButton>
          {b.jumlahDiajukan > 0 && (
            <Badge color="yellow" variant="light" size="sm">
              {t('tinjauan.menunggu', { jumlah: b.jumlahDiajukan })}
            </Badge>
          )}
          <Group gap={4} mt={4}>
            {b.hari.map((h) => (
              <Stack key={h.tanggal} gap={0} align="center">
                <Text size="xs" c="dimmed">
                  {dayjs(h.tanggal).format('dd D')}
                </Text>
                <StatusProgresBadge status={h.status} />
              </Stack>
            ))}
          </Group>
        </Card>
      ))}
    </Stack>
  )
}

/** People × days, each cell the day's status from the server; a name filters the list below. */
export function GridTinjauan({ grid, onPilih }: Props) {
  const { t } = useTranslation('progres-harian')
  return (
    <>
      <Kartu grid={grid} onPilih={onPilih} />
      <Box visibleFrom="sm">
        <ScrollArea type="auto">
          <Table
            withTableBorder
            striped
            miw={720}
            aria-label={t('tinjauan.grid')}
            data-testid="grid-tinjauan"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tinjauan.pegawai')}</Table.Th>
                {grid.hari.map((h) => (
                  <Table.Th key={h}>{dayjs(h).format('ddd D/M')}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.baris.map((b) => (
                <Table.Tr key={b.pegawai.id}>
                  <Table.Td>
                    <UnstyledButton onClick={() => onPilih(b.pegawai.id)}>
                      <Text size="sm" fw={600}>
                        {b.pegawai.nama}
                      </Text>
                    </UnstyledButton>
                    {b.jumlahDiajukan > 0 && (
                      <Badge color="yellow" variant="light" size="sm">
                        {t('tinjauan.menunggu', { jumlah: b.jumlahDiajukan })}
                      </Badge>
                    )}
                  </Table.Td>
                  {b.hari.map((h) => (
                    <Table.Td key={h.tanggal}>
                      <StatusProgresBadge status={h.status} />
                      {h.totalMenit > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('hari.total', { jam: jam(h.totalMenit) })}
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Box>
    </>
  )
}
