import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BukaInput, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useAlurSkp } from '../api/alur.ts'

function BukaForm({ skp, onClose }: { skp: SkpView; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const { buka } = useAlurSkp(skp)
  const [alasan, setAlasan] = useState('')
  const [galat, setGalat] = useState<{ alasan?: string; form?: string }>({})
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    const cek = validateWith(BukaInput, { alasan })
    if (!cek.ok) return setGalat({ alasan: cek.errors.alasan })
    try {
      await buka.mutateAsync(alasan.trim())
      notifySuccess(t('aksi.bukaSukses'))
      onClose()
    } catch (err) {
      setGalat({ form: isApiError(err) ? err.message : tc('error.unknown') })
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="buka-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('buka.bantuan')}
        </Text>
        <FormError message={galat.form} />
        <CountedTextarea
          label={t('buka.alasan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(BukaInput, 'alasan')}
          value={alasan}
          onChange={(e) => {
            setAlasan(e.currentTarget.value)
            setGalat({})
          }}
          error={galat.alasan}
          data-autofocus
          data-testid="buka-alasan"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" color="orange" loading={buka.isPending} data-testid="buka-kirim">
            {t('buka.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Reopen an approved SKP (penilai or admin), with the reason that goes into the audit trail. */
export function BukaModal({ skp, opened, onClose }: { skp: SkpView; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('skp')
  return (
    <Modal opened={opened} onClose={onClose} title={t('buka.judul')}>
      {opened && <BukaForm skp={skp} onClose={onClose} />}
    </Modal>
  )
}
