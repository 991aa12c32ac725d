import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconLock, IconLockOpen } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PengaturanBukaKembali, type PengaturanView } from '../../../../../shared/pengaturan.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useBukaKembaliTahun, useTutupTahun } from '../api/pengaturan.ts'

function BukaKembaliForm({ view, onClose }: { view: PengaturanView; onClose: () => void }) {
  const { t } = useTranslation('pengaturan')
  const { t: tc } = useTranslation()
  const buka = useBukaKembaliTahun(view.tahun)
  const [alasan, setAlasan] = useState('')
  const [galat, setGalat] = useState<{ alasan?: string; form?: string }>({})
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    const cek = validateWith(PengaturanBukaKembali, { instansiId: view.instansiId, alasan })
    if (!cek.ok) return setGalat({ alasan: cek.errors.alasan })
    try {
      await buka.mutateAsync(cek.data)
      notifySuccess(t('statusTahun.bukaKembaliSukses', { tahun: view.tahun }))
      onClose()
    } catch (err) {
      if (isApiError(err) && err.errors.some((x) => x.path === 'alasan')) {
        return setGalat({ alasan: err.errors.find((x) => x.path === 'alasan')!.message })
      }
      setGalat({ form: isApiError(err) ? err.message : tc('error.unknown') })
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="tahun-buka-kembali-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('statusTahun.bukaKembaliBantuan', { tahun: view.tahun })}
        </Text>
        <FormError message={galat.form} />
        <CountedTextarea
          label={t('statusTahun.alasan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(PengaturanBukaKembali, 'alasan')}
          value={alasan}
          onChange={(e) => {
            setAlasan(e.currentTarget.value)
            setGalat({})
          }}
          error={galat.alasan}
          data-autofocus
          data-testid="tahun-buka-kembali-alasan"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button
            type="submit"
            color="orange"
            loading={buka.isPending}
            data-testid="tahun-buka-kembali-kirim"
          >
            {t('statusTahun.bukaKembali')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/**
 * Closing a year (its SKPs become read-only: the server answers every write with 409) and reopening it,
 * which needs a reason. Only for an opened year; the server checks that the caller is an admin.
 */
export function StatusTahun({ view }: { view: PengaturanView }) {
  const { t } = useTranslation('pengaturan')
  const tutup = useTutupTahun(view.tahun)
  const [buka, setBuka] = useState(false)
  if (view.status === 'belum_dibuka') return null
  if (view.status === 'dibuka') {
    return (
      <Group justify="flex-end">
        <ConfirmButton
          color="gray"
          variant="outline"
          leftSection={<IconLock size={16} />}
          title={t('statusTahun.tutupJudul', { tahun: view.tahun })}
          message={t('statusTahun.tutupKonfirmasi', { tahun: view.tahun })}
          confirmLabel={t('statusTahun.tutup', { tahun: view.tahun })}
          onConfirm={async () => {
            try {
              await tutup.mutateAsync({ instansiId: view.instansiId })
              notifySuccess(t('statusTahun.tutupSukses', { tahun: view.tahun }))
            } catch (err) {
              notifyError(err)
            }
          }}
          data-testid="tahun-tutup"
        >
          {t('statusTahun.tutup', { tahun: view.tahun })}
        </ConfirmButton>
      </Group>
    )
  }
  return (
    <>
      <Alert
        color="gray"
        icon={<IconLock size={18} />}
        title={t('statusTahun.ditutupJudul', { tahun: view.tahun })}
        data-testid="tahun-ditutup"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('statusTahun.ditutup', { tahun: view.tahun })}</Text>
          <Button
            size="xs"
            color="orange"
            leftSection={<IconLockOpen size={14} />}
            onClick={() => setBuka(true)}
            data-testid="tahun-buka-kembali"
          >
            {t('statusTahun.bukaKembali')}
          </Button>
        </Stack>
      </Alert>
      <Modal
        opened={buka}
        onClose={() => setBuka(false)}
        title={t('statusTahun.bukaKembaliJudul', { tahun: view.tahun })}
      >
        {buka && <BukaKembaliForm view={view} onClose={() => setBuka(false)} />}
      </Modal>
    </>
  )
}
