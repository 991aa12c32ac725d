import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { KembalikanInput, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useAlurSkp } from '../api/alur.ts'

function KembalikanForm({ skp, onClose }: { skp: SkpView; onClose: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const { kembalikan } = useAlurSkp(skp)
  const [catatan, setCatatan] = useState('')
  const [perRhk, setPerRhk] = useState<Record<string, string>>({})
  const [galat, setGalat] = useState<{ catatan?: string; form?: string }>({})
  const kirim = async (e: React.FormEvent) => {
    e.preventDefault()
    const catatanRhk = skp.rhk
      .map((r) => ({ rhkId: r.id, catatan: (perRhk[r.id] ?? '').trim() }))
      .filter((c) => c.catatan)
    const input = { catatan, catatanRhk: catatanRhk.length ? catatanRhk : undefined }
    const cek = validateWith(KembalikanInput, input)
    if (!cek.ok)
      return setGalat({
        catatan: cek.errors.catatan,
        form: cek.errors.catatan ? undefined : Object.values(cek.errors)[0],
      })
    try {
      await kembalikan.mutateAsync(cek.data)
      notifySuccess(t('aksi.kembalikanSukses'))
      onClose()
    } catch (err) {
      setGalat({ form: isApiError(err) ? err.message : tc('error.unknown') })
    }
  }
  return (
    <form onSubmit={(e) => void kirim(e)} noValidate data-testid="kembalikan-form">
      <Stack gap="sm">
        <FormError message={galat.form} />
        <CountedTextarea
          label={t('kembalikan.catatan')}
          description={t('kembalikan.catatanBantuan')}
          required
          autosize
          minRows={3}
          max={maxLengthOf(KembalikanInput, 'catatan')}
          value={catatan}
          onChange={(e) => {
            setCatatan(e.currentTarget.value)
            setGalat((g) => ({ ...g, catatan: undefined }))
          }}
          error={galat.catatan}
          data-autofocus
          data-testid="kembalikan-catatan"
        />
        {skp.rhk.length > 0 && (
          <Text size="sm" fw={600} mt="xs">
            {t('kembalikan.perRhk')}
          </Text>
        )}
        {skp.rhk.map((r, i) => (
          <CountedTextarea
            key={r.id}
            label={t('kembalikan.catatanRhk', { nomor: i + 1 })}
            description={r.deskripsi}
            autosize
            minRows={1}
            max={maxLengthOf(KembalikanInput, 'catatanRhk.*.catatan')}
            value={perRhk[r.id] ?? ''}
            onChange={(e) => {
              const nilai = e.currentTarget.value
              setPerRhk((p) => ({ ...p, [r.id]: nilai }))
            }}
            data-testid={`kembalikan-catatan-rhk-${i}`}
          />
        ))}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {tc('aksi.batal')}
          </Button>
          <Button type="submit" color="orange" loading={kembalikan.isPending} data-testid="kembalikan-kirim">
            {t('kembalikan.kirim')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The penilai returns a submitted SKP: a required note for the pegawai, optional notes per RHK. */
export function KembalikanModal({
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
    <Modal opened={opened} onClose={onClose} title={t('kembalikan.judul')} size="lg">
      {opened && <KembalikanForm skp={skp} onClose={onClose} />}
    </Modal>
  )
}
