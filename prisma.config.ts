import { defineConfig } from 'prisma/config';

// Migrations are applied by lib/db/migrate.ts (`npm run db:migrate`): Prisma's schema engine
// cannot be downloaded on our machines. The SQL keeps Prisma's layout, so a machine that has
// the engine can still run `prisma migrate status/deploy` against the same database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/rostrum' },
});
