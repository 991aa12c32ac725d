import { Anchor, Badge, Button, Card, Grid, Group, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { KalibrasiBaris, KalibrasiGrid } from '../../../../../shared/kurva.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { UnorSelect } from '../../../components/UnorSelect.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { KurvaRingkas } from '../../../lib/kurva-panel.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useKalibrasi, useMonitoringKurva, useTetapkan } from '../api/kurva.ts'
import { PeriodeSelect, pilihanDari } from './PeriodeSelect.tsx'
import { SesuaikanModal } from './SesuaikanModal.tsx'

function Baris({ b, onSesuaikan }: { b: KalibrasiBaris; onSesuaikan: () => void }) {
  const { t } = useTranslation('kurva')
  return (
    <Table.Tr data-testid="kalibrasi-baris">
      <Table.Td>
        <Text size="sm" fw={600}>
          {b.nama}
        </Text>
        <Text size="xs" c="dimmed">
          {b.jabatan}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{b.penilaiNama}</Text>
      </Table.Td>
      <Table.Td>{b.ratingHasil ? t(`common:rating.${b.ratingHasil}`) : '—'}</Table.Td>
      <Table.Td>{b.ratingPerilaku ? t(`common:rating.${b.ratingPerilaku}`) : '—'}</Table.Td>
      <Table.Td>
        {b.predikat ? (
          <Group gap={4}>
            <Text size="sm">{t(`common:predikat.${b.predikat}`)}</Text>
            {b.dikalibrasi && (
              <Badge size="xs" variant="light" data-testid="kalibrasi-tanda">
                {t('kalibrasi.dikalibrasi')}
              </Badge>
            )}
          </Group>
        ) : (
          <Badge color="gray" variant="light">
            {t('kalibrasi.belumDinilai')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{b.status ? t(`status.${b.status}`) : '—'}</Table.Td>
      <Table.Td>
        {b.aksi.sesuaikan ? (
          <Button size="xs" variant="default" onClick={onSesuaikan} data-testid="kalibrasi-sesuaikan">
            {t('kalibrasi.sesuaikan')}
          </Button>
        ) : (
          b.status &&
          b.status !== 'draft' && (
            <Text size="xs" c="dimmed" title={t('kalibrasi.final')}>
              🔒
            </Text>
          )
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/** The grid of the period the server answered for (`g.periode`: the one chosen, else the year's default). */
function Isi({ g }: { g: KalibrasiGrid }) {
  const { t } = useTranslation('kurva')
  const [dipilih, setDipilih] = useState<KalibrasiBaris | null>(null)
  const tetapkan = useTetapkan(g.unor.id, g.tahun, g.periode)
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        {g.baris.length === 0 ? (
          <EmptyState message={t('kalibrasi.kosong')} />
        ) : (
          <ScrollArea type="auto">
            <Table striped verticalSpacing="xs" miw={720} data-testid="kalibrasi-grid">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kalibrasi.pegawai')}</Table.Th>
                  <Table.Th>{t('kalibrasi.penilai')}</Table.Th>
                  <Table.Th>{t('kalibrasi.hasil')}</Table.Th>
                  <Table.Th>{t('kalibrasi.perilaku')}</Table.Th>
                  <Table.Th>{t('kalibrasi.predikat')}</Table.Th>
                  <Table.Th>{t('kalibrasi.status')}</Table.Th>
                  <Table.Th aria-label={t('kalibrasi.sesuaikan')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.baris.map((b) => (
                  <Baris key={b.pegawaiId} b={b} onSesuaikan={() => setDipilih(b)} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md">
          <Card withBorder padding="sm" component="section" aria-label={t('kurva.judul')}>
            <KurvaRingkas kurva={g.kurva} />
          </Card>
          {g.aksi.tetapkan && (
            <ConfirmButton
              color="blue"
              message={t('kalibrasi.tetapkanKonfirmasi')}
              onConfirm={() =>
                tetapkan.mutateAsync().then(
                  () => notifySuccess(t('kalibrasi.tetapkanSukses')),
                  (e: unknown) => {
                    notifyError(e)
                    throw e
                  },
                )
              }
              data-testid="kalibrasi-tetapkan"
            >
              {t('kalibrasi.tetapkan')}
            </ConfirmButton>
          )}
          {g.penetapan && (
            <Stack gap={4} data-testid="kalibrasi-penetapan">
              <Text size="sm">
                {t('kalibrasi.penetapan', {
                  versi: g.penetapan.versi,
                  tanggal: formatTanggal(g.penetapan.ditetapkanPada),
                  nama: g.penetapan.ditetapkanOlehNama ?? '',
                })}
              </Text>
              <Anchor href={g.penetapan.dokumenUrl} size="sm" data-testid="kalibrasi-pdf">
                <Group gap={4}>
                  <IconFileTypePdf size={16} aria-hidden />
                  {t('kalibrasi.unduh')}
                </Group>
              </Anchor>
            </Stack>
          )}
        </Stack>
      </Grid.Col>
      {dipilih && (
        <SesuaikanModal
          baris={dipilih}
          unorId={g.unor.id}
          tahun={g.tahun}
          periode={g.periode}
          onClose={() => setDipilih(null)}
        />
      )}
    </Grid>
  )
}

/** Without a unit chosen: the units the actor may calibrate or watch, those with curve warnings first (server order). */
function UnitDalamLingkup(o: {
  q: ReturnType<typeof useMonitoringKurva>
  onPilih: (unorId: string) => void
}) {
  const { t } = useTranslation('kurva')
  const { q } = o
  return (
    <QueryState query={q}>
      {(m) =>
        m.items.length === 0 ? (
          <EmptyState message={t('kalibrasi.pilihUnit')} />
        ) : (
          <Stack gap="xs">
            <Text fw={600}>{t('kalibrasi.unitAnda')}</Text>
            {m.items.slice(0, 30).map((u) => (
              <Card key={u.unorId} withBorder padding="sm" data-testid="kalibrasi-unit-pilihan">
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Text size="sm" fw={600}>
                      {u.unorNama}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('kalibrasi.ringkasUnit', {
                        dihitung: u.kurva.dihitung,
                        belum: u.kurva.belumDinilai,
                        peringatan: u.kurva.peringatan.length,
                      })}
                    </Text>
                  </div>
                  <Button size="xs" variant="light" onClick={() => o.onPilih(u.unorId)}>
                    {t('kalibrasi.buka')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )
      }
    </QueryState>
  )
}

/** Calibration: the unit's proposed predikat in one grid with the curve, adjustments and the penetapan. */
export function KalibrasiPage() {
  const { t } = useTranslation('kurva')
  const [params, setParams] = useSearchParams()
  const { tahun, periode, unorId } = pilihanDari(params, tahunIni())
  const { instansiId } = useInstansiAktif()
  const q = useKalibrasi(unorId, tahun, periode)
  const m = useMonitoringKurva(tahun, periode, instansiId, unorId === null)
  // the period the server answered for (its default when none was chosen) and the year's periods
  const jawaban = unorId ? q.data : m.data
  const dijawab = periode ?? jawaban?.periode ?? null
  const pilih = (x: { tahun?: number; periode?: string; unorId?: string | null }) => {
    // another year: its own default period; another unit keeps the period shown
    const p = x.tahun ? null : (x.periode ?? dijawab)
    const next: Record<string, string> = { tahun: String(x.tahun ?? tahun), ...(p ? { periode: p } : {}) }
    const u = 'unorId' in x ? x.unorId : unorId
    if (u) next.unorId = u
    setParams(next, { replace: true })
  }
  return (
    <Stack gap="md">
      <PageHeader title={t('kalibrasi.judul')} description={t('kalibrasi.deskripsi')} />
      <Group align="flex-end" wrap="wrap">
        <UnorSelect
          label={t('unit')}
          instansiId={instansiId}
          value={unorId}
          onChange={(u) => pilih({ unorId: u })}
          w={{ base: '100%', sm: 320 }}
          data-testid="kalibrasi-unit"
        />
        <TahunSelect value={tahun} onChange={(x) => pilih({ tahun: x })} testId="kalibrasi-tahun" />
        <PeriodeSelect
          value={dijawab}
          pilihan={jawaban?.periodeTersedia}
          onChange={(x) => pilih({ periode: x })}
        />
      </Group>
      {unorId ? (
        <QueryState query={q}>{(g) => <Isi g={g} />}</QueryState>
      ) : (
        <UnitDalamLingkup q={m} onPilih={(u) => pilih({ unorId: u })} />
      )}
    </Stack>
  )
}
