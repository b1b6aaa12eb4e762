import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { createPool, requireDatabaseUrl } from './pool';

/** Creates a Prisma client over our own pg pool (Rust-free client with the pg adapter). */
export function createPrismaClient(connectionString: string = requireDatabaseUrl()): PrismaClient {
  // The pool is ours (it has our error listener), so $disconnect must end it too.
  return new PrismaClient({ adapter: new PrismaPg(createPool(connectionString), { disposeExternalPool: true }) });
}

const globalForPrisma = globalThis as unknown as { rostrumPrisma?: PrismaClient };

/** The process-wide client; kept on globalThis so Next's dev reloads don't open new pools. */
export function getPrisma(): PrismaClient {
  globalForPrisma.rostrumPrisma ??= createPrismaClient();
  return globalForPrisma.rostrumPrisma;
}

export type { PrismaClient };
