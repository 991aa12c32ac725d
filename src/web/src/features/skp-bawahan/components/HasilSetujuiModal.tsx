import { Badge, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HasilSetujui } from '../api/bawahan.ts'

interface Props {
  hasil: HasilSetujui[] | null
  /** skpId → pegawai name, taken when the selection was sent. */
  nama: Map<string, string>
  onClose: () => void
}

/** Per-item result of a bulk approval: each SKP is approved or refused on its own. */
export function HasilSetujuiModal({ hasil, nama, onClose }: Props) {
  const { t } = useTranslation('skp-bawahan')
  const ok = hasil?.filter((h) => h.ok).length ?? 0
  return (
    <Modal opened={hasil !== null} onClose={onClose} title={t('setujui.hasilJudul')}>
      <Stack gap="sm" data-testid="bawahan-hasil">
        <Text size="sm" fw={600}>
          {t('setujui.ringkas', { ok, total: hasil?.length ?? 0 })}
        </Text>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {hasil?.map((h) => (
            <Group
              key={h.skpId}
              component="li"
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
              gap="xs"
              data-ok={h.ok}
            >
              <div>
                <Text size="sm">{nama.get(h.skpId) ?? h.skpId}</Text>
                {!h.ok && h.message && (
                  <Text size="xs" c="red">
                    {h.message}
                  </Text>
                )}
              </div>
              <Badge color={h.ok ? 'green' : 'red'} variant="light">
                {t(h.ok ? 'setujui.berhasil' : 'setujui.gagal')}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Modal>
  )
}
