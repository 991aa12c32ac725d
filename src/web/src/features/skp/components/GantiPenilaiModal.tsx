import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GantiPenilaiInput, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PegawaiSelect } from '../../../components/PegawaiSelect.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useGantiPenilai } from '../api/alur.ts'

type Galat = { penilaiPegawaiId?: string; alasan?: string; form?: string }

function GantiPenilaiForm({ skp, onClose }: { skp: SkpView; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const ganti = useGantiPenilai(skp)
  const [penilaiPegawaiId, setPenilai] = useState<string | null>(null)
  const [alasan, setAlasan] = useState('')
  const [galat, setGalat] = useState<Galat>({})
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    const cek = validateWith(GantiPenilaiInput, { penilaiPegawaiId: penilaiPegawaiId ?? '', alasan })
    if (!cek.ok) return setGalat({ penilaiPegawaiId: cek.errors.penilaiPegawaiId, alasan: cek.errors.alasan })
    try {
      await ganti.mutateAsync({ penilaiPegawaiId: penilaiPegawaiId!, alasan: alasan.trim() })
      notifySuccess(t('penilaiGanti.sukses'))
      onClose()
    } catch (err) {
      if (!isApiError(err)) return setGalat({ form: tc('error.unknown') })
      const medan = Object.fromEntries((err.errors ?? []).map((x) => [x.path, x.message]))
      setGalat({ penilaiPegawaiId: medan.penilaiPegawaiId, alasan: medan.alasan, form: err.message })
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="ganti-penilai-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('penilaiGanti.bantuan')}
        </Text>
        <FormError message={galat.form} />
        <PegawaiSelect
          label={t('penilaiGanti.penilai')}
          instansiId={skp.instansiId}
          excludeId={skp.pegawaiId}
          required
          value={penilaiPegawaiId}
          onChange={(v) => {
            setPenilai(v)
            setGalat({})
          }}
          error={galat.penilaiPegawaiId}
          data-testid="ganti-penilai-pegawai"
        />
        <CountedTextarea
          label={t('penilaiGanti.alasan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(GantiPenilaiInput, 'alasan')}
          value={alasan}
          onChange={(e) => {
            setAlasan(e.currentTarget.value)
            setGalat({})
          }}
          error={galat.alasan}
          data-testid="ganti-penilai-alasan"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={ganti.isPending} data-testid="ganti-penilai-kirim">
            {t('penilaiGanti.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** DOMAIN §2: an admin names another pejabat penilai of a pending SKP, with the reason for the audit trail. */
export function GantiPenilaiModal({
  skp,
  opened,
  onClose,
}: {
  skp: SkpView
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('skp')
  return (
    <Modal opened={opened} onClose={onClose} title={t('penilaiGanti.judul')}>
      {opened && <GantiPenilaiForm skp={skp} onClose={onClose} />}
    </Modal>
  )
}
