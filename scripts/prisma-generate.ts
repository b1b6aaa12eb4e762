/** Runs `prisma generate` with the schema-engine stub, so it needs no download. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: resolve('scripts/prisma-schema-engine-stub.sh'),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
