import { Badge, Button, Card, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PREDIKAT_ORGANISASI } from '../../../../../shared/enums.ts'
import type { PredikatOrganisasiBaris } from '../../../../../shared/kurva.ts'
import { FormError } from '../../../components/FormError.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { usePredikatOrganisasi, useTetapkanPredikatOrganisasi } from '../api/kurva.ts'
import { PeriodeSelect, pilihanDari } from './PeriodeSelect.tsx'

function TetapkanModal({
  baris,
  tahun,
  periode,
  onClose,
}: {
  baris: PredikatOrganisasiBaris
  tahun: number
  periode: string
  onClose: () => void
}) {
  const { t } = useTranslation('kurva')
  const [predikat, setPredikat] = useState<string | null>(baris.predikat)
  const [catatan, setCatatan] = useState(baris.catatan ?? '')
  const simpan = useTetapkanPredikatOrganisasi(tahun, periode)
  const kirim = () => {
    if (!predikat) return
    simpan.mutate(
      {
        unorId: baris.unorId,
        predikat: predikat as (typeof PREDIKAT_ORGANISASI)[number],
        catatan: catatan || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('po.sukses'))
          onClose()
        },
      },
    )
  }
  return (
    <Modal opened onClose={onClose} title={t('po.dialog', { unit: baris.unorNama })}>
      <Stack gap="sm">
        <Select
          label={t('po.pilih')}
          data={PREDIKAT_ORGANISASI.map((p) => ({ value: p, label: t(`common:predikatOrganisasi.${p}`) }))}
          value={predikat}
          onChange={setPredikat}
          required
          data-testid="po-predikat"
        />
        <Textarea
          label={t('po.catatan')}
          value={catatan}
          onChange={(e) => setCatatan(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
          data-testid="po-catatan"
        />
        <FormError message={simpan.error?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('po.batal')}
          </Button>
          <Button onClick={kirim} disabled={!predikat} loading={simpan.isPending} data-testid="po-simpan">
            {t('po.simpan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function Kartu({ b, onTetapkan }: { b: PredikatOrganisasiBaris; onTetapkan: () => void }) {
  const { t } = useTranslation('kurva')
  return (
    <Card withBorder padding="sm" component="li" data-testid="po-baris">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 14rem' }}>
          <Text fw={600}>{b.unorNama}</Text>
          <Text size="xs" c="dimmed">
            {[b.indukNama, b.kepalaNama && t('po.kepala', { nama: b.kepalaNama })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {b.predikat ? (
            <>
              <Badge variant="light" data-testid="po-nilai">
                {t(`common:predikatOrganisasi.${b.predikat}`)}
              </Badge>
              {b.catatan && <Text size="sm">{b.catatan}</Text>}
              <Text size="xs" c="dimmed">
                {t('po.oleh', { nama: b.ditetapkanOlehNama ?? '', tanggal: formatTanggal(b.ditetapkanPada) })}
              </Text>
            </>
          ) : (
            <Badge color={b.perluDitetapkan ? 'orange' : 'gray'} variant="light">
              {b.perluDitetapkan ? t('po.perlu') : t('po.belum')}
            </Badge>
          )}
        </Stack>
        {b.aksi.tetapkan && (
          <Button
            size="xs"
            variant={b.predikat ? 'default' : 'filled'}
            onClick={onTetapkan}
            data-testid="po-tetapkan"
          >
            {b.predikat ? t('po.ubah') : t('po.tetapkan')}
          </Button>
        )}
      </Group>
    </Card>
  )
}

/** Organisation predikat per unit and period: the units this reader must set first (the server's order). */
export function PredikatOrganisasiPage() {
  const { t } = useTranslation('kurva')
  const [params, setParams] = useSearchParams()
  const { tahun, periode } = pilihanDari(params, tahunIni())
  const [dipilih, setDipilih] = useState<PredikatOrganisasiBaris | null>(null)
  const q = usePredikatOrganisasi(tahun, periode)
  // the period the server answered for (its default when none was chosen)
  const dijawab = periode ?? q.data?.periode ?? null
  const pilih = (x: { tahun?: number; periode?: string }) =>
    setParams(
      x.periode ? { tahun: String(tahun), periode: x.periode } : { tahun: String(x.tahun ?? tahun) },
      {
        replace: true,
      },
    )
  return (
    <Stack gap="md">
      <PageHeader title={t('po.judul')} description={t('po.deskripsi')} />
      <Group align="flex-end" wrap="wrap">
        <TahunSelect value={tahun} onChange={(x) => pilih({ tahun: x })} testId="po-tahun" />
        <PeriodeSelect
          value={dijawab}
          pilihan={q.data?.periodeTersedia}
          onChange={(x) => pilih({ periode: x })}
        />
      </Group>
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('po.kosong')} />}
      >
        {(d) => (
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('po.daftar')}
          >
            {d.items.map((b) => (
              <Kartu key={b.unorId} b={b} onTetapkan={() => setDipilih(b)} />
            ))}
          </Stack>
        )}
      </QueryState>
      {dipilih && q.data && (
        <TetapkanModal
          baris={dipilih}
          tahun={q.data.tahun}
          periode={q.data.periode}
          onClose={() => setDipilih(null)}
        />
      )}
    </Stack>
  )
}
