import { Alert, Anchor, Button, Card, Group, Select, Stack, Switch, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SkpRingkas } from '../../../../../shared/skp.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { useMphGrid, useSkpSaya } from '../api/mph.ts'
import { usePilihanSel, usePilihanSkp, type Grid, type Sasaran } from '../hooks/use-matriks.ts'
import { MassalModal } from './MassalModal.tsx'
import { MatriksGrid } from './MatriksGrid.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'

function BelumDisetujui({ grid }: { grid: Grid }) {
  const { t } = useTranslation('kaskade')
  if (grid.skp.status === 'disetujui') return null
  return (
    <Alert
      color="yellow"
      icon={<IconInfoCircle size={18} />}
      title={t('mph.belumDisetujuiJudul')}
      data-testid="mph-belum-disetujui"
    >
      <Text size="sm">{t('mph.belumDisetujui', { status: t(`status.${grid.skp.status}`) })}</Text>
      <Anchor component={Link} to={`/skp/${grid.skp.id}`} size="sm">
        {t('mph.bukaSkp')}
      </Anchor>
    </Alert>
  )
}

function Matriks({ skpId, onBuka }: { skpId: string; onBuka: (s: Sasaran) => void }) {
  const { t } = useTranslation('kaskade')
  const grid = useMphGrid(skpId)
  const [massal, setMassal] = useState(false)
  const pilihan = usePilihanSel()
  const [isiMassal, setIsiMassal] = useState(false)
  return (
    <QueryState query={grid}>
      {(g) => {
        const bolehIsi = g.bawahan.length > 0 && g.aksi.isi
        return (
          <Stack gap="md">
            <BelumDisetujui grid={g} />
            {g.rhkAtasan.length === 0 ? (
              <EmptyState message={t('mph.tanpaRhk')} />
            ) : g.bawahan.length === 0 ? (
              <EmptyState message={t('mph.tanpaBawahan')} />
            ) : (
              <Card withBorder padding="md">
                {bolehIsi && (
                  <Group justify="space-between" mb="sm" gap="xs">
                    <Switch
                      label={t('mph.modeMassal')}
                      description={t('mph.modeMassalBantuan')}
                      checked={massal}
                      onChange={(e) => {
                        setMassal(e.currentTarget.checked)
                        pilihan.kosongkan()
                      }}
                      data-testid="mph-mode-massal"
                    />
                    {massal && (
                      <Button
                        disabled={pilihan.terpilih.size === 0}
                        onClick={() => setIsiMassal(true)}
                        data-testid="mph-isi-terpilih"
                      >
                        {t('mph.isiTerpilih', { jumlah: pilihan.terpilih.size })}
                      </Button>
                    )}
                  </Group>
                )}
                <MatriksGrid
                  grid={g}
                  massal={massal}
                  terpilih={pilihan.terpilih}
                  onPilih={pilihan.ubah}
                  onBuka={onBuka}
                />
              </Card>
            )}
            <MassalModal
              sasaran={[...pilihan.terpilih.values()]}
              opened={isiMassal}
              onClose={() => setIsiMassal(false)}
              onDone={() => {
                setIsiMassal(false)
                pilihan.kosongkan()
              }}
            />
          </Stack>
        )
      }}
    </QueryState>
  )
}

function PilihSkp({
  items,
  value,
  onChange,
}: {
  items: SkpRingkas[]
  value: string
  onChange: (id: string) => void
}) {
  const { t } = useTranslation('kaskade')
  if (items.length < 2) return null
  const data = items.map((s) => ({
    value: s.id,
    label: t('mph.skpOpsi', {
      jabatan: s.jabatan,
      mulai: formatTanggal(s.mulai),
      selesai: formatTanggal(s.selesai),
    }),
  }))
  return (
    <Select
      label={t('mph.skp')}
      data={data}
      value={value}
      allowDeselect={false}
      onChange={(v) => v && onChange(v)}
      style={{ flex: '1 1 18rem' }}
    />
  )
}

/** Matriks Peran Hasil: cascade own approved RHK to subordinates, one cell or many at once. */
export function MatriksPage({ onBuka }: { onBuka: (s: Sasaran) => void }) {
  const { t } = useTranslation('kaskade')
  const { tahun, pilih, skpDari } = usePilihanSkp()
  const list = useSkpSaya(tahun)
  const skpId = skpDari(list.data)
  return (
    <Stack gap="md">
      <PageHeader title={t('mph.judul')} description={t('mph.deskripsi')} />
      <Group align="flex-end" gap="sm">
        <TahunSelect testId="kaskade-tahun" value={tahun} onChange={(th) => pilih(null, th)} />
        {list.data && skpId && <PilihSkp items={list.data} value={skpId} onChange={(id) => pilih(id)} />}
      </Group>
      <QueryState
        query={list}
        isEmpty={() => !skpId}
        empty={
          <EmptyState message={t('mph.tanpaSkp', { tahun })}>
            <Button component={Link} to={`/skp?tahun=${tahun}`} variant="light">
              {t('mph.keSkpSaya')}
            </Button>
          </EmptyState>
        }
      >
        {() => <Matriks key={skpId} skpId={skpId!} onBuka={onBuka} />}
      </QueryState>
    </Stack>
  )
}
