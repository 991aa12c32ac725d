import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'src/db/migrations', 'test-results', 'playwright-report'] },
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
    // Web features do not import each other, nor server code.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/db/**', '**/modules/**'] }],
    },
  },
)
