import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FormError } from '../../../components/FormError.tsx'
import { LoadingState } from '../../../components/QueryState.tsx'
import { isApiError } from '../../../lib/api.ts'
import { formatTanggal } from '../../../lib/format.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useSalinSkp, useSkpList } from '../api/skp.ts'

function SalinForm({ tahun, onClose }: { tahun: number; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const lalu = useSkpList(tahun - 1)
  const salin = useSalinSkp()
  const [pilihan, setPilihan] = useState<string | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  if (lalu.isPending) return <LoadingState />
  const items = lalu.data ?? []
  const dari = pilihan ?? items.at(-1)?.id ?? null
  const kirim = async () => {
    if (!dari) return
    setGalat(null)
    try {
      const r = await salin.mutateAsync({ dariSkpId: dari, tahun })
      notifySuccess(r.catatan)
      onClose()
      await navigate(`/skp/${r.skp.id}`)
    } catch (err) {
      setGalat(isApiError(err) ? err.message : tc('error.unknown'))
    }
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('salin.bantuan', { tahun })}
      </Text>
      <FormError message={galat} />
      {items.length === 0 ? (
        <Text size="sm">{t('salin.kosong', { tahun: tahun - 1 })}</Text>
      ) : (
        <Radio.Group label={t('salin.sumber')} value={dari} onChange={setPilihan}>
          <Stack gap="xs" mt="xs">
            {items.map((s) => (
              <Radio
                key={s.id}
                value={s.id}
                label={`${s.jabatan} (${formatTanggal(s.mulai)} – ${formatTanggal(s.selesai)})`}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc('aksi.batal')}
        </Button>
        <Button
          onClick={() => void kirim()}
          disabled={!dari}
          loading={salin.isPending}
          data-testid="skp-salin-simpan"
        >
          {t('salin.simpan')}
        </Button>
      </Group>
    </Stack>
  )
}

/** Copy last year's SKP as the starting point of this year's draft. */
export function SalinSkpModal({
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
    <Modal opened={opened} onClose={onClose} title={t('salin.judul', { tahun: tahun - 1 })}>
      {opened && <SalinForm tahun={tahun} onClose={onClose} />}
    </Modal>
  )
}
