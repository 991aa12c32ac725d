import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PENDEKATAN, type SkpDaftar } from '../../../../../shared/skp.ts'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { formatTanggal } from '../../../lib/format.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBuatSkp } from '../api/skp.ts'

type Pendekatan = (typeof PENDEKATAN)[number]

type PenugasanTanpaSkp = SkpDaftar['tanpaSkp'][number]

function BuatForm({
  tahun,
  penugasan,
  onClose,
}: {
  tahun: number
  penugasan: PenugasanTanpaSkp[]
  onClose: () => void
}) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const buat = useBuatSkp()
  const [pendekatan, setPendekatan] = useState<Pendekatan>('kuantitatif')
  // after a mutasi: which assignment (the latest without an SKP by default)
  const [penugasanId, setPenugasanId] = useState(penugasan.at(-1)?.penugasanId)
  const [galat, setGalat] = useState<string | null>(null)
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    setGalat(null)
    try {
      const skp = await buat.mutateAsync({ tahun, pendekatan, penugasanId })
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
        {penugasan.length > 1 && (
          <Radio.Group
            label={t('buat.penugasan')}
            value={penugasanId ?? null}
            onChange={setPenugasanId}
            data-testid="skp-buat-penugasan"
          >
            <Stack gap="xs" mt="xs">
              {penugasan.map((p) => (
                <Radio
                  key={p.penugasanId}
                  value={p.penugasanId}
                  label={`${p.jabatan} · ${p.unor} (${formatTanggal(p.mulai)} – ${formatTanggal(p.selesai)})`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
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
  penugasan,
  opened,
  onClose,
}: {
  tahun: number
  /** The assignments of the year without an SKP (from GET /skp). */
  penugasan: PenugasanTanpaSkp[]
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('skp')
  return (
    <Modal opened={opened} onClose={onClose} title={t('buat.judul', { tahun })}>
      {opened && <BuatForm tahun={tahun} penugasan={penugasan} onClose={onClose} />}
    </Modal>
  )
}
