import { Alert, Badge, Button, Card, CopyButton, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { IconCopy, IconKey } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PegawaiDetail, ResetPasswordView } from '../../../../../shared/pegawai.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { InfoList } from '../../../components/InfoList.tsx'
import { notifyError } from '../../../lib/notify.ts'
import { useResetPassword } from '../api/pegawai.ts'

/** The temporary password, shown once; closing the dialog forgets it. */
function PasswordSementara({ hasil, onClose }: { hasil: ResetPasswordView | null; onClose: () => void }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  return (
    <Modal opened={hasil !== null} onClose={onClose} title={t('akun.sementara')} closeOnClickOutside={false}>
      {hasil && (
        <Stack gap="sm">
          <Alert color="yellow" variant="light">
            {t('akun.sementaraBantuan')}
          </Alert>
          <InfoList items={[{ label: t('akun.username'), value: hasil.username }]} labelWidth={130} />
          <Group gap="sm" wrap="nowrap">
            <Text
              ff="monospace"
              fz="xl"
              fw={700}
              data-testid="password-sementara"
              style={{ letterSpacing: 1 }}
            >
              {hasil.passwordSementara}
            </Text>
            <CopyButton value={hasil.passwordSementara}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" leftSection={<IconCopy size={14} />} onClick={copy}>
                  {copied ? tc('aksi.tersalin') : tc('aksi.salin')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('akun.sudahDicatat')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

export function AkunCard({ pegawai }: { pegawai: PegawaiDetail }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const reset = useResetPassword(pegawai.id)
  const [hasil, setHasil] = useState<ResetPasswordView | null>(null)
  const jalankan = async () => {
    try {
      setHasil(await reset.mutateAsync())
    } catch (err) {
      notifyError(err)
    }
  }
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('akun.judul')}
      </Title>
      {pegawai.akun ? (
        <InfoList
          items={[
            { label: t('akun.username'), value: pegawai.akun.username },
            {
              label: t('akun.status'),
              value: (
                <Badge color={pegawai.akun.aktif ? 'green' : 'gray'}>
                  {pegawai.akun.aktif ? tc('status.aktif') : tc('status.nonaktif')}
                </Badge>
              ),
            },
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('akun.belumAda')}
        </Text>
      )}
      <ConfirmButton
        mt="md"
        variant="light"
        color="orange"
        leftSection={<IconKey size={16} />}
        message={t('akun.konfirmasiReset', { nama: pegawai.nama })}
        confirmLabel={t('akun.reset')}
        onConfirm={jalankan}
        data-testid="reset-password"
      >
        {t('akun.reset')}
      </ConfirmButton>
      <PasswordSementara hasil={hasil} onClose={() => setHasil(null)} />
    </Card>
  )
}
