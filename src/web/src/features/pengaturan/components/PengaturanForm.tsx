import { Alert, Button, Group, Stack } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PengaturanTahun, type PengaturanView } from '../../../../../shared/pengaturan.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useBukaTahun, useUbahPengaturan } from '../api/pengaturan.ts'
import { keInput, keNilai, tanpaAwalan } from '../hooks/nilai.ts'
import { PengaturanFields } from './PengaturanFields.tsx'

/** Opens the year with these settings (POST) or saves changes to an opened year (PUT). */
export function PengaturanForm({ view }: { view: PengaturanView }) {
  const { t } = useTranslation('pengaturan')
  const { tahun, instansiId } = view
  const ditutup = view.status === 'ditutup'
  const buka = useBukaTahun()
  const ubah = useUbahPengaturan(tahun)
  const form = useForm({
    initialValues: keNilai(view.pengaturan),
    schema: PengaturanTahun,
    transform: keInput,
  })
  const submit = form.onSubmit(async (pengaturan) => {
    try {
      if (view.dibuka) await ubah.mutateAsync({ instansiId, pengaturan })
      else await buka.mutateAsync({ instansiId, tahun, pengaturan })
    } catch (err) {
      throw tanpaAwalan(err)
    }
    notifySuccess(t(view.dibuka ? 'simpanSukses' : 'bukaSukses', { tahun }))
  })
  return (
    <form onSubmit={submit} noValidate data-testid="pengaturan-form">
      <Stack gap="md">
        {!view.dibuka && (
          <Alert color="yellow" icon={<IconInfoCircle size={18} />} data-testid="pengaturan-belum-dibuka">
            {t('belumDibuka', { tahun })}
          </Alert>
        )}
        <FormError message={form.formError} />
        {/* a closed year is read-only: its settings too (the server answers a change with 409) */}
        <fieldset disabled={ditutup} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <PengaturanFields form={form} />
        </fieldset>
        {!ditutup && (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={form.submitting}
              data-testid={view.dibuka ? 'pengaturan-simpan' : 'pengaturan-buka'}
            >
              {view.dibuka ? t('simpan') : t('buka', { tahun })}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
