import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SetujuiInput, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useAlurSkp } from '../api/alur.ts'

function SetujuiForm({ skp, onClose }: { skp: SkpView; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const { setujui } = useAlurSkp(skp)
  const [ekspektasi, setEkspektasi] = useState<Record<string, string>>(() =>
    Object.fromEntries(skp.perilaku.map((p) => [p.kode, p.ekspektasi ?? ''])),
  )
  const [galat, setGalat] = useState<string | null>(null)
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    // Only filled values are sent: an empty field keeps what was written earlier.
    const isi = Object.fromEntries(Object.entries(ekspektasi).filter(([, v]) => v.trim()))
    const cek = validateWith(SetujuiInput, { ekspektasi: isi })
    if (!cek.ok) return setGalat(Object.values(cek.errors)[0] ?? null)
    try {
      await setujui.mutateAsync({ ekspektasi: Object.keys(isi).length ? isi : undefined })
      notifySuccess(t('aksi.setujuiSukses'))
      onClose()
    } catch (err) {
      setGalat(isApiError(err) ? err.message : tc('error.unknown'))
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="setujui-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('setujui.bantuan')}
        </Text>
        <FormError message={galat} />
        {skp.perilaku.map((p) => (
          <CountedTextarea
            key={p.kode}
            label={p.nama}
            autosize
            minRows={1}
            max={maxLengthOf(SetujuiInput, 'ekspektasi.*')}
            value={ekspektasi[p.kode] ?? ''}
            onChange={(e) => {
              const nilai = e.currentTarget.value
              setEkspektasi((x) => ({ ...x, [p.kode]: nilai }))
            }}
          />
        ))}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" color="green" loading={setujui.isPending} data-testid="setujui-kirim">
            {t('setujui.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The penilai approves, optionally writing the ekspektasi khusus pimpinan per BerAKHLAK value. */
export function SetujuiModal({
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
    <Modal opened={opened} onClose={onClose} title={t('setujui.judul')} size="lg">
      {opened && <SetujuiForm skp={skp} onClose={onClose} />}
    </Modal>
  )
}
