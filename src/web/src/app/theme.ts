import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core'

/** Colours chosen for WCAG AA contrast (4.5:1) on white: shade 8 of blue for filled controls. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // The list opens on typing or ArrowDown, not on focus (focus also lands here after a failed submit).
    Select: { defaultProps: { openOnFocus: false } },
    // Badges keep their full text (a status cut to "AK…" helps nobody); tables scroll instead.
    Badge: {
      defaultProps: { variant: 'light' },
      styles: { root: { flexShrink: 0, minWidth: 'max-content' } },
    },
  },
})

/**
 * Mantine's defaults below 4.5:1 on white, made darker: "dimmed" grey (gray.6), error red (red.6),
 * placeholders, and the text of every light variant (badges, light buttons, alerts, active nav links).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#737373',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9), black 20%)`,
      ]),
    ),
  },
  dark: {},
})
