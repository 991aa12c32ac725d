import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { IconAlertCircle, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { LoginInput } from '../../../../../shared/akun.ts'
import { Brand } from '../../../components/Brand.tsx'
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx'
import { LoadingState } from '../../../components/QueryState.tsx'
import { isApiError } from '../../../lib/api.ts'
import { useForm } from '../../../lib/form.ts'
import { useMeQuery } from '../../../lib/session.tsx'
import { useLogin } from '../api/login.ts'

/** Only same-site paths are followed after login (no open redirect). */
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/'

export function LoginPage() {
  const { t } = useTranslation('auth')
  useDocumentTitle(`${t('judul')} · Kinerja`)
  const me = useMeQuery()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const login = useLogin()
  const [failure, setFailure] = useState<{ locked: boolean; message: string } | null>(null)
  const form = useForm({ initialValues: { username: '', password: '' }, schema: LoginInput })
  const next = safeNext(params.get('next'))

  if (me.isPending) return <LoadingState />
  if (me.data) return <Navigate to={next} replace />

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    try {
      await login.mutateAsync(values)
      await navigate(next, { replace: true })
    } catch (err) {
      // 401 and 429 carry one generic message: never say whether the account or the password was wrong.
      if (isApiError(err) && (err.status === 401 || err.status === 429)) {
        form.setFieldValue('password', '')
        return setFailure({ locked: err.status === 429, message: err.message })
      }
      throw err
    }
  })

  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="md" component="main">
      <Group justify="flex-end" maw={420} mx="auto" mb="md">
        <LanguageSwitch />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="lg">
            <Brand withTagline />
            <div>
              <Title order={1} size="h2">
                {t('judul')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('sambutan')}
              </Text>
            </div>
            {failure && (
              <Alert
                color={failure.locked ? 'orange' : 'red'}
                icon={failure.locked ? <IconLock size={18} /> : <IconAlertCircle size={18} />}
                title={failure.locked ? t('terkunci') : t('gagal')}
                role="alert"
                data-testid={failure.locked ? 'login-locked' : 'login-error'}
              >
                {failure.message}
              </Alert>
            )}
            {form.formError && (
              <Alert color="red" role="alert" data-testid="login-error">
                {form.formError}
              </Alert>
            )}
            <form onSubmit={submit} noValidate data-testid="login-form">
              <Stack gap="md">
                <TextInput
                  label={t('username')}
                  description={t('usernameBantuan')}
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  data-testid="login-username"
                  {...form.field('username')}
                />
                <PasswordInput
                  label={t('password')}
                  autoComplete="current-password"
                  required
                  data-testid="login-password"
                  {...form.field('password')}
                />
                <Button type="submit" fullWidth loading={form.submitting} data-testid="login-submit">
                  {t('masuk')}
                </Button>
              </Stack>
            </form>
            <Text size="xs" c="dimmed">
              {t('catatan')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  )
}
