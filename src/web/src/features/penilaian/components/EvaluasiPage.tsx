import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { EvaluasiDetail } from '../../../../../shared/penilaian.ts'
import type { PejabatSnapshot } from '../../../../../shared/skp.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip, formatTanggal, formatWaktu } from '../../../lib/format.ts'
import { useEvaluasi } from '../api/penilaian.ts'
import { DiriPanel } from './DiriPanel.tsx'
import { PeriodikPanel, RiwayatVersi, TindakanLanjut } from './EvaluasiLain.tsx'
import { HasilRingkas } from './HasilRingkas.tsx'
import { PenilaiForm } from './PenilaiForm.tsx'
import { namaPeriode, StatusEvaluasiBadge } from './Lencana.tsx'

function Blok({ label, p }: { label: string; p: PejabatSnapshot | null }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {p?.nama ?? '—'}
      </Text>
      {p && (
        <Text size="xs" c="dimmed">
          {[formatNip(p.nip), p.jabatan].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Stack>
  )
}

function Isi({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const s = d.snapshot
  const terbaru = d.versiLain.reduce<(typeof d.versiLain)[number] | undefined>(
    (a, x) => (!a || x.versi > a.versi ? x : a),
    undefined,
  )
  const edit = d.aksi.includes('simpan') || d.aksi.includes('finalisasi')
  // What the reader has to do comes first: the steps after finalisation, the pegawai's penilaian diri.
  const isiDiri = d.aksi.includes('isi_diri') || d.aksi.includes('ajukan_diri')
  const kembali = d.peran === 'pegawai' ? '/penilaian-saya' : '/penilaian'
  return (
    <Stack gap="md">
      <PageHeader
        title={`${t('form.judul')} · ${namaPeriode(d.periode)} ${d.tahun}`}
        description={`${formatTanggal(s.mulai)} – ${formatTanggal(s.selesai)}`}
      />
      <Group gap="xs">
        <StatusEvaluasiBadge status={d.status} />
        <Text size="sm" c="dimmed">
          {t('form.versi', { versi: d.versi })}
          {d.difinalisasiAt ? ` · ${t('form.tanggalFinal', { saat: formatWaktu(d.difinalisasiAt) })}` : ''}
          {d.diterimaAt ? ` · ${t('form.tanggalTerima', { saat: formatWaktu(d.diterimaAt) })}` : ''}
        </Text>
      </Group>
      {d.status === 'digantikan' && terbaru && terbaru.id !== d.id && (
        <Alert color="gray" data-testid="versi-lama">
          {t('form.lama')}{' '}
          <Anchor component={Link} to={`/evaluasi/${terbaru.id}`}>
            {t('form.keVersiKini')}
          </Anchor>
        </Alert>
      )}
      <Card withBorder padding="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Blok label={t('form.pegawai')} p={s.pegawai} />
          <Blok label={t('form.penilai')} p={s.penilai} />
          <Blok label={t('form.atasanPenilai')} p={s.atasanPenilai} />
        </SimpleGrid>
        {s.bertindakSebagai !== 'penilai' && (
          <Text size="xs" c="dimmed" mt="xs" data-testid="bertindak-sebagai">
            {t(`bawahan.sebagai.${s.bertindakSebagai}`)}
            {s.penilaiSkp ? ` · ${t('form.penilaiSkp', { nama: s.penilaiSkp.nama })}` : ''}
          </Text>
        )}
      </Card>
      <TindakanLanjut d={d} />
      {(d.peran !== 'pegawai' || isiDiri) && <DiriPanel d={d} />}
      <PeriodikPanel d={d} />
      {edit ? <PenilaiForm key={`${d.id}:${d.revisi}`} d={d} /> : <HasilRingkas d={d} />}
      {d.peran === 'pegawai' && !isiDiri && <DiriPanel d={d} />}
      <RiwayatVersi d={d} />
      <Anchor component={Link} to={kembali} size="sm">
        {t('form.kembali')}
      </Anchor>
    </Stack>
  )
}

/**
 * One evaluation (DOMAIN §5): the penilai's form on a draft, otherwise the result; the pegawai's penilaian
 * diri, acknowledgement, keberatan and documents; versions. Every button comes from the server's `aksi`.
 */
export function EvaluasiPage() {
  const { id = '' } = useParams()
  const q = useEvaluasi(id)
  return <QueryState query={q}>{(d) => <Isi d={d} />}</QueryState>
}
