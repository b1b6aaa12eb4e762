-- CreateEnum
CREATE TYPE "PassageKind" AS ENUM ('turn_range', 'speaker', 'span');

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "assignmentId" TEXT;

-- AlterTable
ALTER TABLE "TurnLink" ADD COLUMN     "groupId" TEXT;

-- AlterTable
ALTER TABLE "LinkJudgment" ADD COLUMN     "groupId" TEXT;

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "tagVocabularyClosed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "GroupTag" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAdjudication" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "turnIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claimType" "ClaimType" NOT NULL,
    "claimStatus" "ClaimStatus" NOT NULL,
    "note" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimAdjudication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "transcriptId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "instructions" TEXT NOT NULL DEFAULT '',
    "passageKind" "PassageKind" NOT NULL,
    "fromTurn" INTEGER,
    "toTurn" INTEGER,
    "speakerLabel" TEXT,
    "spanStart" INTEGER,
    "spanEnd" INTEGER,
    "dueAt" TIMESTAMP(3),
    "minAnnotations" INTEGER NOT NULL DEFAULT 0,
    "minClaims" INTEGER NOT NULL DEFAULT 0,
    "minLinks" INTEGER NOT NULL DEFAULT 0,
    "hideClassmatesUntilDue" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Annotation_assignmentId_idx" ON "Annotation"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupTag_groupId_normalized_key" ON "GroupTag"("groupId", "normalized");

-- CreateIndex
CREATE INDEX "ClaimAdjudication_transcriptId_idx" ON "ClaimAdjudication"("transcriptId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAdjudication_groupId_transcriptId_turnIndex_start_end_key" ON "ClaimAdjudication"("groupId", "transcriptId", "turnIndex", "start", "end");

-- CreateIndex
CREATE INDEX "Assignment_groupId_idx" ON "Assignment"("groupId");

-- CreateIndex
CREATE INDEX "Assignment_transcriptId_idx" ON "Assignment"("transcriptId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TurnLink" ADD CONSTRAINT "TurnLink_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkJudgment" ADD CONSTRAINT "LinkJudgment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupTag" ADD CONSTRAINT "GroupTag_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAdjudication" ADD CONSTRAINT "ClaimAdjudication_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAdjudication" ADD CONSTRAINT "ClaimAdjudication_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAdjudication" ADD CONSTRAINT "ClaimAdjudication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Live updates (not expressible in schema.prisma): every committed change to an annotation, its
-- replies or a group membership is announced on channel `rostrum_live`. NOTIFY is delivered at
-- commit, so listeners never hear of a write that rolled back; the payload carries ids only and
-- each listener re-reads through the access rule.
CREATE FUNCTION "rostrum_notify_annotation"() RETURNS trigger AS $$
DECLARE
  row_data RECORD;
BEGIN
  row_data := COALESCE(NEW, OLD);
  PERFORM pg_notify('rostrum_live', json_build_object(
    'kind', 'annotation',
    'op', TG_OP,
    'annotationId', row_data."id",
    'transcriptId', row_data."transcriptId",
    'groupId', row_data."groupId"
  )::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Annotation_notify_live" AFTER INSERT OR UPDATE OR DELETE ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION "rostrum_notify_annotation"();

CREATE FUNCTION "rostrum_notify_reply"() RETURNS trigger AS $$
DECLARE
  row_data RECORD;
BEGIN
  row_data := COALESCE(NEW, OLD);
  PERFORM pg_notify('rostrum_live', json_build_object(
    'kind', 'reply',
    'op', TG_OP,
    'annotationId', row_data."annotationId",
    'replyId', row_data."id",
    'transcriptId', (SELECT a."transcriptId" FROM "Annotation" a WHERE a."id" = row_data."annotationId")
  )::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AnnotationReply_notify_live" AFTER INSERT OR UPDATE OR DELETE ON "AnnotationReply"
  FOR EACH ROW EXECUTE FUNCTION "rostrum_notify_reply"();

CREATE FUNCTION "rostrum_notify_membership"() RETURNS trigger AS $$
DECLARE
  row_data RECORD;
BEGIN
  row_data := COALESCE(NEW, OLD);
  PERFORM pg_notify('rostrum_live', json_build_object(
    'kind', 'membership',
    'op', TG_OP,
    'groupId', row_data."groupId",
    'userId', row_data."userId"
  )::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "GroupMembership_notify_live" AFTER INSERT OR UPDATE OR DELETE ON "GroupMembership"
  FOR EACH ROW EXECUTE FUNCTION "rostrum_notify_membership"();
