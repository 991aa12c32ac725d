import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  KomentarKeberatanInput,
  MAKS_KOMENTAR_KEBERATAN,
  type KeberatanDetail,
} from '../../../../../shared/keberatan.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { useForm } from '../../../lib/form.ts'
import { useKomentarKeberatan } from '../api/keberatan.ts'

/** Hearing both sides (PP 30/2019 Pasal 59): the parties' statements in order, and a new one while pending. */
export function KomentarKeberatan({ k }: { k: KeberatanDetail }) {
  const { t } = useTranslation('keberatan')
  const kirim = useKomentarKeberatan(k.id)
  const form = useForm({ initialValues: { isi: '' }, schema: KomentarKeberatanInput, required: ['isi'] })
  const submit = form.onSubmit(async (input) => {
    await kirim.mutateAsync(input as KomentarKeberatanInput)
    form.reset({ isi: '' })
  })
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('pernyataan')}
        </Title>
        {k.komentar.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('belumAdaPernyataan')}
          </Text>
        )}
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('pernyataan')}>
          {k.komentar.map((c) => (
            <Card key={c.id} withBorder padding="xs" component="li" data-testid="keberatan-komentar">
              <Text size="xs" c="dimmed">
                {c.nama} · {t(`peranKomentar.${c.peran}`)} · {formatWaktu(c.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.isi}
              </Text>
            </Card>
          ))}
        </Stack>
        {k.aksi.komentar && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <FormError message={form.formError} />
              <CountedTextarea
                label={t('tulis')}
                autosize
                minRows={2}
                max={MAKS_KOMENTAR_KEBERATAN}
                {...form.field('isi')}
                data-testid="keberatan-komentar-isi"
              />
              <Group justify="flex-end">
                <Button type="submit" loading={form.submitting} data-testid="keberatan-komentar-kirim">
                  {t('kirim')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  )
}
