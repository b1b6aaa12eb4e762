-- AlterTable
ALTER TABLE "GroupMembership" ADD COLUMN     "bannedAt" TIMESTAMP(3);
