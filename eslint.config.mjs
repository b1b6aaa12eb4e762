import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Arrows point down (STYLE.md): app -> components -> lib/actions, lib/auth, lib/security,
// lib/live -> lib/data -> pure domain modules -> lib/db. A lower layer never imports a higher
// one, types included. Each layer below is one block whose files no other block covers (ESLint
// keeps only the last options a file gets for a rule), so a block lists everything it forbids.

const forbid = (group, message, more = {}) => ({ group, message, ...more });
const ABOVE_DATA = ['@/lib/auth/*', '@/lib/actions/*', '@/lib/security/*', '@/lib/live/*'];

const prisma = forbid(['@prisma/*', '@/generated/*', '**/generated/prisma/**'], 'Prisma stays in lib/db and lib/data: query through a lib/data function.');
const db = forbid(['@/lib/db/*'], 'lib/db is for lib/data (and scripts connecting or migrating): go through a lib/data function.');
const deepData = forbid(['@/lib/data/*/*'], "Import an aggregate's public face, @/lib/data/<aggregate> (its index.ts).");
const app = forbid(['@/app/*'], 'Nothing imports a route: move what it shares to components/ or lib/.');
const components = forbid(['@/components/*'], 'lib/ never imports components/: move what both need into lib/.');

// Pages load, components render: components take types from lib/data and lib/auth, never functions.
const componentData = forbid(['@/lib/data/*'], 'Pages load, components render: load in the page (app/) and pass plain props; only types here.', { allowTypeImports: true });
const componentAuth = forbid(['@/lib/auth/*'], 'Pages load the viewer (getViewer) and pass it down; only types here.', { allowTypeImports: true });
/** Components of this folder may use only the `allowed` folders of components/. */
const componentsOnly = (...allowed) =>
  forbid(['@/components/*', ...allowed.map((name) => `!@/components/${name}`)], `Only components/{${allowed.join(',')}} here: move what siblings share to a lower folder.`);
const componentRules = [prisma, db, deepData, app, componentData, componentAuth];

const dataRules = [
  forbid(ABOVE_DATA, 'lib/data sits below auth, actions, security and live: take what it needs (the viewer) as a parameter.'),
  app,
  components,
];
const pureRules = [
  prisma,
  forbid(['@/lib/db/*', '@/lib/data/*'], 'Pure domain modules know no database: the caller loads the data and passes it in.'),
  forbid(ABOVE_DATA, 'Pure domain modules sit below auth, actions, security and live.'),
  app,
  components,
];
const dbRules = [forbid(['@/lib/data/*', ...ABOVE_DATA], 'lib/db is the bottom layer: it never imports lib/data or the layers above it.'), app, components];

const PURE = ['transcript', 'chronicle', 'news', 'linking', 'coverage', 'anchoring', 'search', 'agreement', 'assignments', 'editor', 'export', 'format', 'tags', 'validation', 'charts', 'i18n', 'import'];
const pureFiles = [...PURE.map((dir) => `lib/${dir}/**`), 'lib/parse-result.ts', 'lib/slug.ts'];
const upperLib = ['lib/actions/**', 'lib/auth/**', 'lib/security/**', 'lib/live/**'];
const liveListener = 'lib/live/get-live-listener.ts';
const lowerComponents = ['components/ui/**', 'components/highlights/**', 'components/annotations/**'];

/** One layer: its files (minus `ignores`) and the imports they may not use. */
const layer = (name, files, patterns, ignores = []) => ({
  name: `rostrum/layers/${name}`,
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', 'generated/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  layer('app', ['app/**'], [prisma, db, deepData]),
  layer('components/ui', ['components/ui/**'], [...componentRules, componentsOnly('ui')]),
  layer('components/highlights', ['components/highlights/**'], [...componentRules, componentsOnly('ui', 'highlights')]),
  // The reader mounts the annotation forms; the annotations never reach back into the reader.
  layer('components/annotations', ['components/annotations/**'], [...componentRules, componentsOnly('ui', 'highlights', 'annotations')]),
  layer('components', ['components/**'], componentRules, lowerComponents),
  layer('lib/actions, auth, security, live', upperLib, [prisma, db, deepData, app, components], [liveListener]),
  // The LISTEN connection reads DATABASE_URL through lib/db/pool: connection setup, no queries.
  layer('lib/live listener', [liveListener], [prisma, forbid(['@/lib/db/*', '!@/lib/db/pool'], db.message), deepData, app, components]),
  layer('lib/data', ['lib/data/**'], dataRules),
  layer('lib/db', ['lib/db/**'], dbRules),
  layer('pure domain modules', pureFiles, pureRules),
  layer('rest of lib', ['lib/**'], [prisma, db, deepData, app, components], [...upperLib, 'lib/data/**', 'lib/db/**', ...pureFiles]),
  layer('scripts', ['scripts/**'], [prisma, deepData]),
  layer('tests', ['tests/**', 'e2e/**'], [deepData]),
  layer('root files', ['*.ts'], [prisma, db, deepData]),
];

export default config;
