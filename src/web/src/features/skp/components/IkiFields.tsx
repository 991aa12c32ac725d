import { ActionIcon, Button, Grid, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { AKUMULASI, ASPEK, IkiInput, POLARITAS } from '../../../../../shared/skp.ts'
import { CountedTextarea, CountedTextInput } from '../../../components/CountedText.tsx'
import { maxLengthOf } from '../../../lib/max-length.ts'
import type { RhkForm } from '../hooks/use-rhk-form.ts'

/**
 * A kualitatif IKI (DOMAIN §2): the ukuran keberhasilan, the target in words and an optional unit; no aspek
 * and no number.
 */
function IkiKualitatif({ form, i }: { form: RhkForm; i: number }) {
  const { t } = useTranslation('skp')
  const iki = form.values.iki[i]
  const e = (k: string) => form.errors[`iki.${i}.${k}`] || undefined
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <CountedTextarea
          label={t('rhk.ukuranKeberhasilan')}
          description={t('rhk.ukuranKeberhasilanBantuan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(IkiInput, 'indikator')}
          value={iki.indikator}
          onChange={(ev) => form.setIki(i, 'indikator', ev.currentTarget.value)}
          error={e('indikator')}
          data-testid={`rhk-iki-indikator-${i}`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <CountedTextarea
          label={t('rhk.targetTeks')}
          description={t('rhk.targetTeksBantuan')}
          required
          autosize
          minRows={2}
          max={maxLengthOf(IkiInput, 'targetTeks')}
          value={iki.targetTeks}
          onChange={(ev) => form.setIki(i, 'targetTeks', ev.currentTarget.value)}
          error={e('targetTeks')}
          data-testid={`rhk-iki-target-teks-${i}`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <CountedTextInput
          label={t('rhk.satuanOpsional')}
          max={maxLengthOf(IkiInput, 'satuan')}
          value={iki.satuan}
          onChange={(ev) => form.setIki(i, 'satuan', ev.currentTarget.value)}
          error={e('satuan')}
          data-testid={`rhk-iki-satuan-${i}`}
        />
      </Grid.Col>
      {/* aspek or numbers the server refused (e.g. an IKI written before the SKP became kualitatif) */}
      {(e('aspek') || e('targetMin') || e('targetMax')) && (
        <Grid.Col span={12}>
          <Text size="sm" c="red" role="alert">
            {e('aspek') || e('targetMin') || e('targetMax')}
          </Text>
        </Grid.Col>
      )}
    </Grid>
  )
}

/**
 * How a kuantitatif IKI is measured during the year (DOMAIN §4): polarity and how the periods add up. A
 * kualitatif IKI has neither (the penilai judges from the words), so the fields are not shown there.
 */
function IkiUkuran({ form, i }: { form: RhkForm; i: number }) {
  const { t } = useTranslation('skp')
  const iki = form.values.iki[i]
  const e = (k: string) => form.errors[`iki.${i}.${k}`] || undefined
  return (
    <>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('rhk.polaritas')}
          allowDeselect={false}
          data={POLARITAS.map((p) => ({ value: p, label: t(`enum.polaritas.${p}`) }))}
          value={iki.polaritas}
          onChange={(v) => v && form.setIki(i, 'polaritas', v)}
          error={e('polaritas')}
          comboboxProps={{ withinPortal: true }}
          data-testid={`rhk-iki-polaritas-${i}`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select
          label={t('rhk.akumulasi')}
          description={t('rhk.akumulasiBantuan')}
          allowDeselect={false}
          data={AKUMULASI.map((a) => ({ value: a, label: t(`enum.akumulasi.${a}`) }))}
          value={iki.akumulasi}
          onChange={(v) => v && form.setIki(i, 'akumulasi', v)}
          error={e('akumulasi')}
          comboboxProps={{ withinPortal: true }}
          data-testid={`rhk-iki-akumulasi-${i}`}
        />
      </Grid.Col>
    </>
  )
}

/**
 * IKI rows of the RHK editor; add and remove rows. Kuantitatif: aspek, indikator, target (or a min–max
 * range) and satuan. Kualitatif: see IkiKualitatif.
 */
export function IkiFields({ form }: { form: RhkForm }) {
  const { t } = useTranslation('skp')
  const { values, errors } = form
  const e = (i: number, k: string) => errors[`iki.${i}.${k}`] || undefined
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm">
        {t('rhk.ikiJudul')}
      </Text>
      <Text size="xs" c="dimmed">
        {t(form.pendekatan === 'kualitatif' ? 'rhk.ikiBantuanKualitatif' : 'rhk.ikiBantuan')}
      </Text>
      {errors.iki && (
        <Text size="sm" c="red" role="alert">
          {errors.iki}
        </Text>
      )}
      {values.iki.map((iki, i) => (
        <Paper key={i} withBorder p="sm" radius="md" data-testid="rhk-iki-baris">
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              {t('rhk.ikiNomor', { nomor: i + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => form.hapusIki(i)}
              disabled={values.iki.length === 1}
              aria-label={t('rhk.ikiHapus', { nomor: i + 1 })}
              data-testid={`rhk-iki-hapus-${i}`}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          {form.pendekatan === 'kualitatif' ? (
            <IkiKualitatif form={form} i={i} />
          ) : (
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('rhk.aspek')}
                  allowDeselect={false}
                  data={ASPEK.map((a) => ({ value: a, label: t(`enum.aspek.${a}`) }))}
                  value={iki.aspek}
                  onChange={(v) => v && form.setIki(i, 'aspek', v)}
                  error={e(i, 'aspek')}
                  comboboxProps={{ withinPortal: true }}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 8 }}>
                <CountedTextInput
                  label={t('rhk.indikator')}
                  required
                  max={maxLengthOf(IkiInput, 'indikator')}
                  value={iki.indikator}
                  onChange={(ev) => form.setIki(i, 'indikator', ev.currentTarget.value)}
                  error={e(i, 'indikator')}
                  data-testid={`rhk-iki-indikator-${i}`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <NumberInput
                  label={t('rhk.targetMin')}
                  required
                  min={0}
                  decimalSeparator=","
                  thousandSeparator="."
                  value={iki.targetMin}
                  onChange={(v) => form.setIki(i, 'targetMin', v)}
                  error={e(i, 'targetMin')}
                  data-testid={`rhk-iki-target-${i}`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <NumberInput
                  label={t('rhk.targetMax')}
                  min={0}
                  decimalSeparator=","
                  thousandSeparator="."
                  value={iki.targetMax}
                  onChange={(v) => form.setIki(i, 'targetMax', v)}
                  error={e(i, 'targetMax')}
                  data-testid={`rhk-iki-target-max-${i}`}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <CountedTextInput
                  label={t('rhk.satuan')}
                  required
                  max={maxLengthOf(IkiInput, 'satuan')}
                  placeholder={t('rhk.satuanContoh')}
                  value={iki.satuan}
                  onChange={(ev) => form.setIki(i, 'satuan', ev.currentTarget.value)}
                  error={e(i, 'satuan')}
                  data-testid={`rhk-iki-satuan-${i}`}
                />
              </Grid.Col>
              <IkiUkuran form={form} i={i} />
            </Grid>
          )}
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={form.tambahIki}
          disabled={values.iki.length >= 20}
          data-testid="rhk-iki-tambah"
        >
          {t('rhk.ikiTambah')}
        </Button>
      </Group>
    </Stack>
  )
}
