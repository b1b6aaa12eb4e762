import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', 'generated/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Prisma stays behind the data layer: pages and components never query (STYLE.md habit 1).
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/generated/*', '@/lib/db/*', '@prisma/*'], message: 'Query through lib/data, never from pages or components.' },
          ],
        },
      ],
    },
  },
];

export default config;
