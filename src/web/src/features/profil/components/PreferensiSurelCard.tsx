import { Alert, Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TipeNotifikasi } from '../../../../../shared/enums.ts'
import { QueryState } from '../../../components/QueryState.tsx'
import { notifyError } from '../../../lib/notify.ts'
import { usePreferensiSurel, useUbahPreferensiSurel } from '../api/preferensi-surel.ts'

/**
 * Which notifications also come by mail: one switch per type. Every notification always appears in the
 * app; the switch adds a mail, sent to the address in the pegawai data (which an admin maintains).
 */
export function PreferensiSurelCard() {
  const { t } = useTranslation('profil')
  const preferensi = usePreferensiSurel()
  const ubah = useUbahPreferensiSurel()
  const atur = (tipe: TipeNotifikasi, surel: boolean) =>
    ubah.mutate({ items: [{ tipe, surel }] }, { onError: notifyError })
  return (
    <Card withBorder padding="lg" data-testid="preferensi-surel">
      <Title order={2} size="h4">
        {t('surel.judul')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('surel.bantuan')}
      </Text>
      <QueryState query={preferensi}>
        {(v) => (
          <Stack gap="sm">
            {!v.surelAktif && <Alert color="gray">{t('surel.nonaktif')}</Alert>}
            {v.bisaDiatur && !v.alamat && (
              <Alert color="yellow" data-testid="preferensi-surel-tanpa-alamat">
                {t('surel.tanpaAlamat')}
              </Alert>
            )}
            {v.alamat && (
              <Text size="sm">
                {t('surel.alamat')}: <b>{v.alamat}</b>
              </Text>
            )}
            {v.items.map((i) => (
              <Group key={i.tipe} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0}>
                  <Text size="sm">{t(`surel.jenis.${i.tipe}`, { defaultValue: i.tipe })}</Text>
                  {i.bawaan && (
                    <Badge size="xs" variant="light" w="fit-content">
                      {t('surel.bawaan')}
                    </Badge>
                  )}
                </Stack>
                <Switch
                  checked={i.surel}
                  disabled={!v.bisaDiatur || ubah.isPending}
                  onChange={(e) => atur(i.tipe, e.currentTarget.checked)}
                  aria-label={t(`surel.jenis.${i.tipe}`, { defaultValue: i.tipe })}
                  data-testid={`preferensi-surel-${i.tipe}`}
                />
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
    </Card>
  )
}
