import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MphUpdate } from '../../../../../shared/kaskade.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useBuatSel, useHapusSel, useUbahSel } from '../api/mph.ts'
import type { Sasaran } from '../hooks/use-matriks.ts'

function SelForm({ s, onClose }: { s: Sasaran; onClose: () => void }) {
  const { t } = useTranslation('kaskade')
  const { t: tc } = useTranslation()
  const buat = useBuatSel()
  const ubah = useUbahSel()
  const hapus = useHapusSel()
  const form = useForm({
    initialValues: { peran: s.sel?.peran ?? '', hasil: s.sel?.hasil ?? '' },
    schema: MphUpdate,
    required: ['peran', 'hasil'],
  })
  const submit = form.onSubmit(async (input) => {
    if (s.sel) {
      await ubah.mutateAsync({ id: s.sel.peranHasilId, input })
      notifySuccess(t('mph.suksesUbah'))
    } else {
      await buat.mutateAsync({ rhkAtasanId: s.rhk.id, pegawaiId: s.bawahan.pegawaiId, ...input })
      notifySuccess(t('mph.suksesBuat', { nama: s.bawahan.nama }))
    }
    onClose()
  })
  const hapusSel = () =>
    hapus.mutateAsync(s.sel!.peranHasilId).then((r) => {
      notifySuccess(t(r.rhkDihapus ? 'mph.suksesHapusRhk' : 'mph.suksesHapus'))
      onClose()
    }, notifyError)
  return (
    <form onSubmit={submit} noValidate data-testid="mph-sel-form">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('mph.untuk', { nama: s.bawahan.nama, nomor: s.nomor })}
        </Text>
        <Text size="sm" c="dimmed">
          {s.rhk.deskripsi}
        </Text>
        <FormError message={form.formError} />
        <CountedTextarea
          label={t('mph.peran')}
          description={t('mph.peranBantuan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(MphUpdate, 'peran')}
          data-autofocus
          {...form.field('peran')}
          data-testid="mph-peran"
        />
        <CountedTextarea
          label={t('mph.hasil')}
          description={t('mph.hasilBantuan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(MphUpdate, 'hasil')}
          {...form.field('hasil')}
          data-testid="mph-hasil"
        />
        {s.sel?.rhkBawahanDeskripsi && (
          <Text size="xs" c="dimmed">
            {t('mph.rhkBawahan', { deskripsi: s.sel.rhkBawahanDeskripsi })}
          </Text>
        )}
        <Group justify="space-between" mt="sm">
          {s.sel ? (
            <ConfirmButton
              variant="subtle"
              message={t('mph.hapusKonfirmasi')}
              confirmLabel={tc('aksi.hapus')}
              onConfirm={hapusSel}
              data-testid="mph-sel-hapus"
            >
              {t('mph.hapus')}
            </ConfirmButton>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {tc('aksi.batal')}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="mph-sel-simpan">
              {t('mph.simpan')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}

/** Assign, edit or remove one role/result cell. */
export function SelModal({ s, onClose }: { s: Sasaran | null; onClose: () => void }) {
  const { t } = useTranslation('kaskade')
  return (
    <Modal opened={s !== null} onClose={onClose} title={t(s?.sel ? 'mph.selUbah' : 'mph.selBaru')} size="lg">
      {s && <SelForm s={s} onClose={onClose} />}
    </Modal>
  )
}
