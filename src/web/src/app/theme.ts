import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core'

/**
 * Mantine's green, teal, cyan and orange at shade 8 carry white text at 3.5–4.4:1 (the approve and
 * confirm buttons), and yellow/lime shade 9 (the text of light alerts and badges) under 4.5:1. Shades 8
 * and 9 of those colours are darkened just enough for WCAG AA (≥ 4.7:1 with white; light text ≥ 4.7:1
 * on shade 1); the lighter shades stay Mantine's. Computed with the WCAG relative-luminance formula.
 */
const gelap = (name: keyof typeof DEFAULT_THEME.colors, s8: string | null, s9: string) => {
  const t = [...DEFAULT_THEME.colors[name]]
  if (s8) t[8] = s8
  t[9] = s9
  return t as unknown as MantineColorsTuple
}

export const colors = {
  green: gelap('green', '#278338', '#257535'),
  teal: gelap('teal', '#08835e', '#077655'),
  cyan: gelap('cyan', '#0b7e91', '#0b7285'),
  orange: gelap('orange', '#c54c0a', '#b83d0d'),
  // Filled yellow and lime keep shade 8 with black text (≥ 7:1); only their text shade is darkened.
  yellow: gelap('yellow', null, '#b15c00'),
  lime: gelap('lime', null, '#4f7f0b'),
}

/** Colours chosen for WCAG AA contrast (4.5:1) on white: shade 8 for filled controls. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  colors,
  autoContrast: true,
  // Text on a filled colour is white up to this relative luminance and black above it: white reaches
  // 4.5:1 exactly up to L = 1.05 / 4.5 − 0.05, black from L = 0.175, so every colour a feature picks passes.
  luminanceThreshold: 1.05 / 4.5 - 0.05,
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
 * Filled yellow and lime carry black text: their hover (shade 9, now dark) goes lighter instead.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#737373',
    '--mantine-color-yellow-filled-hover': 'var(--mantine-color-yellow-7)',
    '--mantine-color-lime-filled-hover': 'var(--mantine-color-lime-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9), black 20%)`,
      ]),
    ),
  },
  dark: {},
})
