import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { GantiPasswordInput } from '../../../../../shared/akun.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useForm } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useGantiPassword } from '../api/password.ts'

const KOSONG = { passwordLama: '', passwordBaru: '', ulangi: '' }

export function GantiPasswordForm() {
  const { t } = useTranslation('profil')
  const ganti = useGantiPassword()
  const form = useForm({ initialValues: KOSONG, schema: GantiPasswordInput })
  const submit = form.onSubmit(async (values) => {
    if (form.values.ulangi !== form.values.passwordBaru) {
      form.setErrors({ ulangi: t('tidakSama') })
      return
    }
    await ganti.mutateAsync({ passwordLama: values.passwordLama, passwordBaru: values.passwordBaru })
    form.reset(KOSONG)
    notifySuccess(t('passwordDiganti'))
  })
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4">
        {t('gantiPassword')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('gantiPasswordBantuan')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="ganti-password-form">
        <Stack gap="sm" maw={420}>
          <FormError message={form.formError} />
          <PasswordInput
            label={t('passwordLama')}
            autoComplete="current-password"
            required
            {...form.field('passwordLama')}
          />
          <PasswordInput
            label={t('passwordBaru')}
            autoComplete="new-password"
            required
            {...form.field('passwordBaru')}
          />
          <PasswordInput
            label={t('ulangiPassword')}
            autoComplete="new-password"
            required
            {...form.field('ulangi')}
          />
          <Group>
            <Button type="submit" loading={form.submitting} data-testid="ganti-password-submit">
              {t('gantiPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
