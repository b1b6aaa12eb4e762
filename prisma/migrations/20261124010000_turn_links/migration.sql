-- CreateEnum
CREATE TYPE "LinkOrigin" AS ENUM ('suggested', 'manual');

-- CreateEnum
CREATE TYPE "LinkVerdict" AS ENUM ('confirmed', 'rejected');

-- CreateTable
CREATE TABLE "TurnLink" (
    "id" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "turnIndex" INTEGER NOT NULL,
    "chronicleEntryId" TEXT NOT NULL,
    "origin" "LinkOrigin" NOT NULL,
    "score" DOUBLE PRECISION,
    "rank" INTEGER,
    "reasons" JSONB,
    "addedById" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'public',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TurnLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkJudgment" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "verdict" "LinkVerdict" NOT NULL,
    "note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'public',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkJudgment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TurnLink_chronicleEntryId_idx" ON "TurnLink"("chronicleEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "TurnLink_transcriptId_turnIndex_chronicleEntryId_key" ON "TurnLink"("transcriptId", "turnIndex", "chronicleEntryId");

-- CreateIndex
CREATE INDEX "LinkJudgment_userId_idx" ON "LinkJudgment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LinkJudgment_linkId_userId_key" ON "LinkJudgment"("linkId", "userId");

-- AddForeignKey
ALTER TABLE "TurnLink" ADD CONSTRAINT "TurnLink_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TurnLink" ADD CONSTRAINT "TurnLink_chronicleEntryId_fkey" FOREIGN KEY ("chronicleEntryId") REFERENCES "ChronicleEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TurnLink" ADD CONSTRAINT "TurnLink_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkJudgment" ADD CONSTRAINT "LinkJudgment_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "TurnLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkJudgment" ADD CONSTRAINT "LinkJudgment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
