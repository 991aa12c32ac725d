import { ActionIcon, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Lampiran, type SkpView } from '../../../../../shared/skp.ts'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { isApiError } from '../../../lib/api.ts'
import { validateWith } from '../../../lib/form.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifySuccess } from '../../../lib/notify.ts'
import { usePatchSkp } from '../api/skp.ts'

const KUNCI = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const
type Kunci = (typeof KUNCI)[number]

function DaftarUbah({
  kunci,
  items,
  onChange,
}: {
  kunci: Kunci
  items: string[]
  onChange: (v: string[]) => void
}) {
  const { t } = useTranslation('skp')
  const judul = t(`lampiran.${kunci}`)
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {judul}
      </Text>
      {items.map((isi, i) => (
        <Group key={i} gap={4} align="flex-start" wrap="nowrap">
          <CountedTextarea
            aria-label={t('lampiran.butir', { judul, nomor: i + 1 })}
            autosize
            minRows={1}
            max={maxLengthOf(Lampiran, `${kunci}.*`)}
            style={{ flex: 1 }}
            value={isi}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? e.currentTarget.value : x)))}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
            aria-label={t('lampiran.hapusButir', { judul, nomor: i + 1 })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...items, ''])}
        style={{ alignSelf: 'flex-start' }}
        data-testid={`lampiran-tambah-${kunci}`}
      >
        {t('lampiran.tambahButir')}
      </Button>
    </Stack>
  )
}

function LampiranForm({ skp, onDone }: { skp: SkpView; onDone: () => void }) {
  const { t } = useTranslation('skp')
  const { t: tc } = useTranslation()
  const patch = usePatchSkp(skp.id)
  const [nilai, setNilai] = useState<Lampiran>(skp.lampiran)
  const [galat, setGalat] = useState<string | null>(null)
  const simpan = async () => {
    const lampiran = Object.fromEntries(
      KUNCI.map((k) => [k, nilai[k].map((x) => x.trim()).filter(Boolean)]),
    ) as Lampiran
    const cek = validateWith(Lampiran, lampiran)
    if (!cek.ok) return setGalat(Object.values(cek.errors)[0] ?? null)
    try {
      await patch.mutateAsync({ lampiran, versi: skp.versi })
      notifySuccess(t('lampiran.sukses'))
      onDone()
    } catch (err) {
      setGalat(isApiError(err) ? err.message : tc('error.unknown'))
    }
  }
  return (
    <Stack gap="md">
      <FormError message={galat} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {KUNCI.map((k) => (
          <DaftarUbah
            key={k}
            kunci={k}
            items={nilai[k]}
            onChange={(v) => setNilai((x) => ({ ...x, [k]: v }))}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('aksi.batal')}
        </Button>
        <Button onClick={() => void simpan()} loading={patch.isPending} data-testid="lampiran-simpan">
          {t('lampiran.simpan')}
        </Button>
      </Group>
    </Stack>
  )
}

/** Lampiran SKP (DOMAIN §6): dukungan sumber daya, skema pertanggungjawaban, konsekuensi. */
export function LampiranSection({ skp }: { skp: SkpView }) {
  const { t } = useTranslation('skp')
  const [ubah, setUbah] = useState(false)
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="skp-lampiran"
      data-testid="skp-lampiran"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="skp-lampiran">
          {t('lampiran.judul')}
        </Title>
        {skp.aksi.ubah && !ubah && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} />}
            onClick={() => setUbah(true)}
            data-testid="lampiran-ubah"
          >
            {t('lampiran.ubah')}
          </Button>
        )}
      </Group>
      {ubah ? (
        <LampiranForm skp={skp} onDone={() => setUbah(false)} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          {KUNCI.map((k) => (
            <Stack key={k} gap={4}>
              <Text fw={600} size="sm">
                {t(`lampiran.${k}`)}
              </Text>
              {skp.lampiran[k].length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('lampiran.kosong')}
                </Text>
              ) : (
                <List size="sm" type="ordered">
                  {skp.lampiran[k].map((x, i) => (
                    <List.Item key={i}>{x}</List.Item>
                  ))}
                </List>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Card>
  )
}
