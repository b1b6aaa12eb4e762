-- AlterTable
ALTER TABLE "Transcript" ADD COLUMN     "groupId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "visibility" "Visibility" NOT NULL DEFAULT 'private';

-- Every transcript so far came from the CLI or the seed corpus: it stays public, without an owner.
UPDATE "Transcript" SET "visibility" = 'public';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isEditor" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Transcript_ownerId_idx" ON "Transcript"("ownerId");

-- CreateIndex
CREATE INDEX "Transcript_groupId_idx" ON "Transcript"("groupId");

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;
