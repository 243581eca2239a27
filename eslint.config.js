import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**', '**/workflows/**'], message: 'core/ stays pure: no adapters or workflows.' },
            { group: ['imapflow', 'bullmq', 'ioredis', 'pg', '@electric-sql/pglite', 'nodemailer'], message: 'core/ knows nothing of I/O.' },
          ],
        },
      ],
    },
  },
);
