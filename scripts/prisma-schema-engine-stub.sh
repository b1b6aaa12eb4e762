#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
# `prisma generate` only checks that this file exists; anything that would run it fails loudly.
echo "schema engine not available; use 'npm run db:migrate' (lib/db/migrate.ts)" >&2
exit 1
