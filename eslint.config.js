import { readdirSync } from 'node:fs'
import tseslint from 'typescript-eslint'

/** Web code never reaches into the server. */
const WEB_TERLARANG = ['**/server/**', '**/db/**', '**/modules/**']
const fitur = readdirSync(new URL('./src/web/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const pesanFitur =
  'A web feature does not import another feature nor the app shell: move what both need to src/web/src/components or src/web/src/lib.'

/**
 * Per feature and per depth (features/x/i18n.ts, features/x/components/A.tsx, features/x/components/y/B.tsx):
 * the relative path that leaves the feature for a sibling feature, and the one that reaches src/web/src/app.
 */
const aturanFitur = fitur.flatMap((nama) =>
  [1, 2, 3]
    .map((kedalaman) => ({
      files: [`src/web/src/features/${nama}/${'*/'.repeat(kedalaman - 1)}*.{ts,tsx}`],
      naik: '\\.\\./'.repeat(kedalaman),
    }))
    .map(({ files, naik }) => ({
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: WEB_TERLARANG },
              { regex: `^${naik}(?!${nama}/|\\.\\./)[^/]+/`, message: pesanFitur },
              { regex: `^${naik}\\.\\./app/`, message: pesanFitur },
            ],
          },
        ],
      },
    })),
)

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'tmp',
      'src/db/migrations',
      'test-results',
      'playwright-report',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Layering (STYLE.md): pure domain rules import no framework and no database.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'fastify*',
            'drizzle-orm*',
            '@electric-sql/*',
            'pg',
            'react*',
            '../db/*',
            '../server/*',
            '../modules/*',
          ],
        },
      ],
    },
  },
  {
    // Web code does not import server code.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: WEB_TERLARANG }],
    },
  },
  // Web features do not import each other nor the app shell (STYLE.md, bulletproof-react).
  ...aturanFitur,
  {
    // A module's tables are queried through its own repositories; another module asks its services or
    // use-case functions (e.g. skp-kaskade.ts), so each table has one owner that locks, versions and audits.
    files: ['src/modules/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^/.][^/]*/[^/]*\\.repository(\\.ts)?$',
              message: "Do not import another module's repository; call that module's use-case functions.",
            },
          ],
        },
      ],
    },
  },
)
