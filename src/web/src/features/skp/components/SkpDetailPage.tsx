import { Alert, Anchor, Group, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconLock, IconMessage } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { SkpView } from '../../../../../shared/skp.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { useMenuSection } from '../../../lib/menu-section.tsx'
import { useMe } from '../../../lib/session.tsx'
import { useSkpDetail } from '../api/skp.ts'
import type { MasalahSkp } from '../hooks/masalah.ts'
import { HasilKerjaSection, MasalahAlert } from './HasilKerjaSection.tsx'
import { LampiranSection } from './LampiranSection.tsx'
import { PerilakuSection } from './PerilakuSection.tsx'
import { RiwayatRevisiSection } from './RiwayatRevisiSection.tsx'
import { SkpAksiBar } from './SkpAksiBar.tsx'
import { SkpIdentitas } from './SkpIdentitas.tsx'
import { SkpStatusBadge } from './SkpStatusBadge.tsx'
import { TerlambatBadge } from '../../../components/TerlambatBadge.tsx'

/** The penilai's note of the last return, shown until the SKP is submitted again. */
function CatatanPengembalian({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  if (!skp.catatanPengembalian || !['dikembalikan', 'draft'].includes(skp.status)) return null
  return (
    <Alert
      color="orange"
      icon={<IconMessage size={18} />}
      title={t(skp.status === 'dikembalikan' ? 'detail.catatanJudul' : 'detail.catatanDraf')}
      data-testid="skp-catatan-pengembalian"
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {skp.catatanPengembalian}
      </Text>
      {skp.status === 'dikembalikan' && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('detail.catatanBantuan')}
        </Text>
      )}
    </Alert>
  )
}

function Isi({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const me = useMe()
  const [masalah, setMasalah] = useState<MasalahSkp | null>(null)
  const milikSaya = me.pegawai?.id === skp.pegawaiId
  // Admins have no SKP Bawahan page to go back to.
  const bisaKeBawahan = me.peran.includes('atasan')
  useMenuSection(milikSaya ? '/skp' : '/skp-bawahan')
  return (
    <Stack gap="md">
      {(milikSaya || bisaKeBawahan) && (
        <Anchor
          component={Link}
          to={milikSaya ? `/skp?tahun=${skp.tahun}` : `/skp-bawahan?tahun=${skp.tahun}`}
          size="sm"
        >
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t(milikSaya ? 'detail.kembali' : 'detail.kembaliBawahan')}
          </Group>
        </Anchor>
      )}
      <PageHeader
        title={t('detail.judul', { tahun: skp.tahun })}
        description={
          <Group gap="xs" component="span">
            <SkpStatusBadge status={skp.status} data-testid="skp-status" />
            <TerlambatBadge terlambat={skp.terlambat} hariTerlambat={skp.hariTerlambat} />
            <span>
              {skp.snapshot.pegawai.nama} ·{' '}
              {t('detail.periode', { mulai: formatTanggal(skp.mulai), selesai: formatTanggal(skp.selesai) })}
            </span>
          </Group>
        }
      />
      {skp.tahunDitutup && (
        <Alert color="yellow" icon={<IconLock size={18} />} data-testid="skp-tahun-ditutup">
          {t('detail.tahunDitutup', { tahun: skp.tahun })}
        </Alert>
      )}
      <SkpAksiBar skp={skp} onMasalah={setMasalah} />
      <MasalahAlert skp={skp} masalah={masalah} />
      <CatatanPengembalian skp={skp} />
      <SkpIdentitas skp={skp} />
      <HasilKerjaSection skp={skp} masalah={masalah} onMasalah={setMasalah} />
      <PerilakuSection skp={skp} />
      <LampiranSection skp={skp} />
      <RiwayatRevisiSection skp={skp} />
    </Stack>
  )
}

/** /skp/:id — the SKP editor for its owner and the review page for the penilai (buttons from aksi). */
export function SkpDetailPage() {
  const { id = '' } = useParams()
  const skp = useSkpDetail(id)
  return <QueryState query={skp}>{(data) => <Isi skp={data} />}</QueryState>
}
