import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PENDEKATAN } from '../../../../../shared/skp.ts'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBuatSkp } from '../api/skp.ts'

type Pendekatan = (typeof PENDEKATAN)[number]

function BuatForm({ tahun, onClose }: { tahun: number; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const buat = useBuatSkp()
  const [pendekatan, setPendekatan] = useState<Pendekatan>('kuantitatif')
  const [galat, setGalat] = useState<string | null>(null)
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    setGalat(null)
    try {
      const skp = await buat.mutateAsync({ tahun, pendekatan })
      notifySuccess(t('buat.sukses', { tahun }))
      onClose()
      await navigate(`/skp/${skp.id}`)
    } catch (err) {
      // Year not opened, exempt status, no position, already exists: the server says which, plainly.
      setGalat(isApiError(err) ? err.message : tc('error.unknown'))
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="skp-buat-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('buat.bantuan')}
        </Text>
        <FormError message={galat} />
        <Radio.Group
          label={t('buat.pendekatan')}
          description={t('buat.pendekatanBantuan')}
          value={pendekatan}
          onChange={(v) => setPendekatan(v as Pendekatan)}
        >
          <Stack gap="xs" mt="xs">
            {PENDEKATAN.map((p) => (
              <Radio key={p} value={p} label={t(`enum.pendekatan.${p}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed" data-testid="skp-varian-otomatis">
          {t('buat.varianOtomatis')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" loading={buat.isPending} data-testid="skp-buat-simpan">
            {t('buat.simpan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** "Buat SKP": the pendekatan (the form follows the position, DOMAIN §2); the server refuses with a clear reason (year not opened, exempt…). */
export function BuatSkpModal({
  tahun,
  opened,
  onClose,
}: {
  tahun: number
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('skp')
  return (
    <Modal opened={opened} onClose={onClose} title={t('buat.judul', { tahun })}>
      {opened && <BuatForm tahun={tahun} onClose={onClose} />}
    </Modal>
  )
}
