import { Button, Card, Group, Text } from '@mantine/core'
import {
  IconArrowBackUp,
  IconCheck,
  IconDownload,
  IconGridDots,
  IconChartBar,
  IconHierarchy3,
  IconLockOpen,
  IconSend,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { SkpView } from '../../../../../shared/skp.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { apiUrl, isApiError } from '../../../lib/api.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useMe } from '../../../lib/session.tsx'
import { useAlurSkp } from '../api/alur.ts'
import { masalahDari, type MasalahSkp } from '../hooks/masalah.ts'
import { BukaModal } from './BukaModal.tsx'
import { KembalikanModal } from './KembalikanModal.tsx'
import { SetujuiModal } from './SetujuiModal.tsx'

interface Props {
  skp: SkpView
  onMasalah: (m: MasalahSkp | null) => void
}

/** Submit and withdraw: the owner's steps. A refused submission lists its problems next to the RHK. */
function LangkahPemilik({ skp, onMasalah }: Props) {
  const { t } = useTranslation('skp')
  const { ajukan, tarik } = useAlurSkp(skp)
  const kirim = async () => {
    try {
      await ajukan.mutateAsync()
      onMasalah(null)
      notifySuccess(t('aksi.ajukanSukses'))
    } catch (err) {
      if (isApiError(err) && err.code === 'SKP.BELUM_LENGKAP') onMasalah(masalahDari(err, skp.rhk))
      else notifyError(err)
    }
  }
  return (
    <>
      {skp.aksi.ajukan && (
        <ConfirmButton
          color="blue"
          leftSection={<IconSend size={16} />}
          message={t('aksi.ajukanKonfirmasi')}
          confirmLabel={t('aksi.ajukan')}
          onConfirm={kirim}
          data-testid="skp-ajukan"
        >
          {t('aksi.ajukan')}
        </ConfirmButton>
      )}
      {skp.aksi.tarik && (
        <ConfirmButton
          color="gray"
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          message={t('aksi.tarikKonfirmasi')}
          confirmLabel={t('aksi.tarik')}
          onConfirm={() => tarik.mutateAsync().then(() => notifySuccess(t('aksi.tarikSukses')), notifyError)}
          data-testid="skp-tarik"
        >
          {t('aksi.tarik')}
        </ConfirmButton>
      )}
    </>
  )
}

/** The buttons SkpView.aksi allows (the server's answer), the PDF, and the links to alignment and the matrix. */
export function SkpAksiBar({ skp, onMasalah }: Props) {
  const { t } = useTranslation('skp')
  const me = useMe()
  const [dialog, setDialog] = useState<'setujui' | 'kembalikan' | 'buka' | null>(null)
  const tutup = () => setDialog(null)
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('aksi.label')} data-testid="skp-aksi">
      <Group gap="xs">
        <LangkahPemilik skp={skp} onMasalah={onMasalah} />
        {skp.aksi.setujui && (
          <Button
            color="green"
            leftSection={<IconCheck size={16} />}
            onClick={() => setDialog('setujui')}
            data-testid="skp-setujui"
          >
            {t('aksi.setujui')}
          </Button>
        )}
        {skp.aksi.kembalikan && (
          <Button
            color="orange"
            variant="light"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setDialog('kembalikan')}
            data-testid="skp-kembalikan"
          >
            {t('aksi.kembalikan')}
          </Button>
        )}
        {skp.aksi.bukaKembali && (
          <Button
            color="orange"
            variant="light"
            leftSection={<IconLockOpen size={16} />}
            onClick={() => setDialog('buka')}
            data-testid="skp-buka"
          >
            {t('aksi.buka')}
          </Button>
        )}
        {skp.aksi.unduh && (
          <Button
            component="a"
            href={apiUrl(`/skp/${skp.id}/pdf`)}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="skp-unduh-pdf"
          >
            {t('aksi.unduhPdf')}
          </Button>
        )}
        {skp.status === 'disetujui' && (
          <Button
            component={Link}
            to={`/skp/${skp.id}/realisasi`}
            variant="light"
            leftSection={<IconChartBar size={16} />}
            data-testid="skp-realisasi"
          >
            {t('aksi.realisasi')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/skp/${skp.id}/keselarasan`}
          variant="subtle"
          leftSection={<IconHierarchy3 size={16} />}
          data-testid="skp-keselarasan"
        >
          {t('aksi.keselarasan')}
        </Button>
        {skp.aksi.matriks && me.peran.includes('atasan') && (
          <Button
            component={Link}
            to={`/matriks-peran-hasil?skp=${skp.id}`}
            variant="subtle"
            leftSection={<IconGridDots size={16} />}
            data-testid="skp-matriks"
          >
            {t('aksi.matriks')}
          </Button>
        )}
      </Group>
      {skp.aksi.atasNama && skp.snapshot.penilai && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="skp-aksi-atas-nama">
          {t('penilaiGanti.bertindakAtasNama', {
            untuk: skp.snapshot.penilai.nama,
            jabatan: skp.snapshot.penilai.jabatan,
          })}
        </Text>
      )}
      <SetujuiModal skp={skp} opened={dialog === 'setujui'} onClose={tutup} />
      <KembalikanModal skp={skp} opened={dialog === 'kembalikan'} onClose={tutup} />
      <BukaModal skp={skp} opened={dialog === 'buka'} onClose={tutup} />
    </Card>
  )
}
