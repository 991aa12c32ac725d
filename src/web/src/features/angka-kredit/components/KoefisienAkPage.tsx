import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { JENJANG_FUNGSIONAL, KoefisienAkInput } from '../../../../../shared/angka-kredit.ts'
import { DateField } from '../../../components/DateField.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { useForm } from '../../../lib/form.ts'
import { formatAngka, formatTanggal } from '../../../lib/format.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { useKoefisien, useTerbitkanKoefisien } from '../api/angka-kredit.ts'

/** The admin nasional publishes a jenjang's annual coefficient from a date; published rows stay as they are. */
function TerbitForm() {
  const { t } = useTranslation('angka-kredit')
  const { t: tc } = useTranslation()
  const terbit = useTerbitkanKoefisien()
  const form = useForm({
    initialValues: {
      jenjang: null as string | null,
      koefisien: '' as number | string,
      berlakuMulai: null as string | null,
      dasarHukum: '',
    },
    schema: KoefisienAkInput,
    required: ['jenjang', 'koefisien', 'berlakuMulai'],
    transform: (v) => ({
      ...v,
      koefisien: v.koefisien === '' ? undefined : Number(v.koefisien),
      dasarHukum: v.dasarHukum || null,
    }),
  })
  const submit = form.onSubmit(async (input) => {
    await terbit.mutateAsync(input as KoefisienAkInput)
    notifySuccess(t('diterbitkan'))
    form.reset()
  })
  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('terbitkan')}
          </Title>
          <FormError message={form.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('jenjang')}
              required
              data={JENJANG_FUNGSIONAL.map((j) => ({ value: j, label: tc(`enum.jenjang.${j}`) }))}
              {...form.field('jenjang')}
              data-testid="koef-jenjang"
            />
            <NumberInput
              label={t('segmen.koefisien')}
              required
              min={0}
              decimalScale={3}
              decimalSeparator=","
              {...form.field('koefisien')}
              data-testid="koef-nilai"
            />
            <DateField label={t('berlakuMulai')} required {...form.field('berlakuMulai')} />
            <TextInput
              label={t('dasarHukum')}
              maxLength={maxLengthOf(KoefisienAkInput, 'dasarHukum')}
              {...form.field('dasarHukum')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="koef-terbitkan">
              {t('terbitkan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

/** /admin/koefisien-ak — the national coefficient table (admin nasional). */
export function KoefisienAkPage() {
  const { t } = useTranslation('angka-kredit')
  const { t: tc } = useTranslation()
  const q = useKoefisien()
  return (
    <Stack gap="md">
      <PageHeader title={t('koefisienJudul')} description={t('koefisienDeskripsi')} />
      <TerbitForm />
      <QueryState query={q}>
        {(d) => (
          <Stack gap="md">
            <Title order={2} size="h5">
              {t('terbit')}
            </Title>
            {d.items.length === 0 ? (
              <Text size="sm">{t('belumTerbit')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table striped data-testid="koef-daftar">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('jenjang')}</Table.Th>
                      <Table.Th ta="right">{t('segmen.koefisien')}</Table.Th>
                      <Table.Th>{t('berlakuMulai')}</Table.Th>
                      <Table.Th>{t('dasarHukum')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.items.map((k) => (
                      <Table.Tr key={k.id}>
                        <Table.Td>{tc(`enum.jenjang.${k.jenjang}`)}</Table.Td>
                        <Table.Td ta="right">{formatAngka(k.koefisien)}</Table.Td>
                        <Table.Td>{formatTanggal(k.berlakuMulai)}</Table.Td>
                        <Table.Td>{k.dasarHukum ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Title order={2} size="h5">
              {t('bawaan')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
              {JENJANG_FUNGSIONAL.map((j) => (
                <Text key={j} size="sm">
                  {tc(`enum.jenjang.${j}`)}: <b>{formatAngka(d.bawaan[j])}</b>
                </Text>
              ))}
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
