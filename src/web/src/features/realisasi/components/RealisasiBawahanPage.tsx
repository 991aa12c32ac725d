import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BawahanRealisasi } from '../../../../../shared/pelaksanaan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatNip, formatWaktu } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useRealisasiBawahan } from '../api/pelaksanaan.ts'
import { KeteranganPeriode } from './PeriodePilih.tsx'

function Terisi({ b }: { b: BawahanRealisasi }) {
  const penuh = b.jumlahIki > 0 && b.terisi >= b.jumlahIki
  return (
    <Badge
      color={b.status !== 'disetujui' ? 'gray' : penuh ? 'green' : b.terisi === 0 ? 'red' : 'yellow'}
      variant="light"
    >
      {b.terisi}/{b.jumlahIki}
    </Badge>
  )
}

function Lihat({ b, periode }: { b: BawahanRealisasi; periode: string }) {
  const { t } = useTranslation('realisasi')
  if (!b.skpId) return null
  return (
    <Button
      component={Link}
      to={`/skp/${b.skpId}/realisasi?periode=${periode}`}
      size="xs"
      variant="light"
      data-testid={`bawahan-lihat-${b.pegawaiId}`}
    >
      {t('bawahan.lihat')}
    </Button>
  )
}

/** The atasan's view of who filled what this period (DOMAIN §4); the server sorts those needing action first. */
export function RealisasiBawahanPage() {
  const { t } = useTranslation('realisasi')
  const [tahun, setTahun] = useState(tahunIni())
  const [periode, setPeriode] = useState<string | null>(null)
  const q = useRealisasiBawahan(tahun, periode)
  const phone = useMediaQuery('(max-width: 48em)')
  return (
    <Stack>
      <PageHeader title={t('bawahan.judul')} description={t('bawahan.deskripsi')} />
      <QueryState query={q}>
        {(v) => (
          <Stack>
            <Group align="flex-end" wrap="wrap">
              <TahunSelect
                value={tahun}
                onChange={(x) => {
                  setTahun(x)
                  setPeriode(null)
                }}
                testId="bawahan-tahun"
              />
              <Select
                label={t('periode.label')}
                data={v.daftarPeriode.map((p) => ({ value: p.kode, label: p.nama }))}
                value={v.periode?.kode ?? null}
                onChange={(x) => x && setPeriode(x)}
                allowDeselect={false}
                data-testid="bawahan-periode"
              />
              {v.periode && (
                <Text size="sm" c="dimmed" pb={6}>
                  <KeteranganPeriode p={v.periode} />
                </Text>
              )}
            </Group>
            {v.items.length === 0 ? (
              <EmptyState message={t('bawahan.kosong')} />
            ) : phone ? (
              <Stack gap="xs">
                {v.items.map((b) => (
                  <Paper key={b.pegawaiId} withBorder p="sm" data-testid={`bawahan-${b.pegawaiId}`}>
                    <Group justify="space-between" wrap="nowrap">
                      <Stack gap={2}>
                        <Text fw={500}>{b.nama}</Text>
                        <Text size="xs" c="dimmed">
                          {formatNip(b.nip)}
                        </Text>
                        <Group gap={6}>
                          <Badge variant="outline" size="sm">
                            {t(`bawahan.statusSkp.${b.status}`)}
                          </Badge>
                          <Terisi b={b} />
                          {b.umpanBalikBelumDibaca > 0 && (
                            <Badge color="red" size="sm">
                              {t('belumDibaca', { jumlah: b.umpanBalikBelumDibaca })}
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {t('bawahan.bukti')}: {b.jumlahBukti} · {t('bawahan.terakhir')}:{' '}
                          {b.terakhirDiubah ? formatWaktu(b.terakhirDiubah) : '—'}
                        </Text>
                      </Stack>
                      {v.periode && <Lihat b={b} periode={v.periode.kode} />}
                    </Group>
                  </Paper>
                ))}
              </Stack>
            ) : (
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('bawahan.nama')}</Table.Th>
                    <Table.Th>{t('bawahan.status')}</Table.Th>
                    <Table.Th>{t('bawahan.terisi')}</Table.Th>
                    <Table.Th>{t('bawahan.bukti')}</Table.Th>
                    <Table.Th>{t('bawahan.terakhir')}</Table.Th>
                    <Table.Th>{t('bawahan.umpanBalik')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.items.map((b) => (
                    <Table.Tr key={b.pegawaiId} data-testid={`bawahan-${b.pegawaiId}`}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {b.nama}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatNip(b.nip)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`bawahan.statusSkp.${b.status}`)}</Table.Td>
                      <Table.Td>
                        <Terisi b={b} />
                      </Table.Td>
                      <Table.Td>{b.jumlahBukti}</Table.Td>
                      <Table.Td>{b.terakhirDiubah ? formatWaktu(b.terakhirDiubah) : '—'}</Table.Td>
                      <Table.Td>{b.umpanBalikBelumDibaca || '—'}</Table.Td>
                      <Table.Td>{v.periode && <Lihat b={b} periode={v.periode.kode} />}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
