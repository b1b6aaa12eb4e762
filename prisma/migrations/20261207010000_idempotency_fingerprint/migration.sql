-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "idempotencyFingerprint" TEXT;
