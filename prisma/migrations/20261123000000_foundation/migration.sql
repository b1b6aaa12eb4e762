-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('host', 'official', 'journalist', 'other');

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "heldAt" TIMESTAMP(3),
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "currentVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Transcript_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriptVersion" (
    "id" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "layout" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranscriptVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "name" TEXT,
    "title" TEXT,
    "organization" TEXT,
    "role" "SpeakerRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Turn" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "speakerId" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3),
    "text" TEXT NOT NULL,

    CONSTRAINT "Turn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exchange" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "questionTurnId" TEXT NOT NULL,

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeAnswer" (
    "exchangeId" TEXT NOT NULL,
    "turnId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ExchangeAnswer_pkey" PRIMARY KEY ("exchangeId","turnId")
);

-- CreateTable
CREATE TABLE "Chronicle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT,
    "year" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Chronicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChronicleEntry" (
    "id" TEXT NOT NULL,
    "chronicleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "date" DATE,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ChronicleEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE,
    "publishedAt" TIMESTAMP(3),
    "source" TEXT,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsParagraph" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "NewsParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Transcript_slug_key" ON "Transcript"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Transcript_currentVersionId_key" ON "Transcript"("currentVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptVersion_transcriptId_version_key" ON "TranscriptVersion"("transcriptId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "TranscriptVersion_transcriptId_contentHash_key" ON "TranscriptVersion"("transcriptId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_versionId_label_key" ON "Speaker"("versionId", "label");

-- CreateIndex
CREATE INDEX "Turn_speakerId_idx" ON "Turn"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "Turn_versionId_index_key" ON "Turn"("versionId", "index");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_questionTurnId_key" ON "Exchange"("questionTurnId");

-- CreateIndex
CREATE UNIQUE INDEX "Exchange_versionId_index_key" ON "Exchange"("versionId", "index");

-- CreateIndex
CREATE INDEX "ExchangeAnswer_turnId_idx" ON "ExchangeAnswer"("turnId");

-- CreateIndex
CREATE UNIQUE INDEX "Chronicle_slug_key" ON "Chronicle"("slug");

-- CreateIndex
CREATE INDEX "ChronicleEntry_date_idx" ON "ChronicleEntry"("date");

-- CreateIndex
CREATE UNIQUE INDEX "ChronicleEntry_chronicleId_key_key" ON "ChronicleEntry"("chronicleId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "NewsDocument_slug_key" ON "NewsDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "NewsParagraph_documentId_position_key" ON "NewsParagraph"("documentId", "position");

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "TranscriptVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptVersion" ADD CONSTRAINT "TranscriptVersion_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TranscriptVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Turn" ADD CONSTRAINT "Turn_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TranscriptVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Turn" ADD CONSTRAINT "Turn_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TranscriptVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_questionTurnId_fkey" FOREIGN KEY ("questionTurnId") REFERENCES "Turn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeAnswer" ADD CONSTRAINT "ExchangeAnswer_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "Exchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeAnswer" ADD CONSTRAINT "ExchangeAnswer_turnId_fkey" FOREIGN KEY ("turnId") REFERENCES "Turn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChronicleEntry" ADD CONSTRAINT "ChronicleEntry_chronicleId_fkey" FOREIGN KEY ("chronicleId") REFERENCES "Chronicle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsParagraph" ADD CONSTRAINT "NewsParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "NewsDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
