/**
 * The reader page's annotation list as one hand-written SQL statement for bare `pg`: the same
 * rows, columns and access rule as lib/data listAnnotationsForTranscript for a signed-in viewer
 * (public, own, or a group they belong to; hidden only for the author; tombstones only with
 * replies), tags and live reply counts included, in reading order. The benchmark's baseline
 * for what the page's data costs without Prisma, React or HTTP.
 */
export const VISIBLE_ANNOTATIONS_SQL = `
SELECT a.id, a.start, a."end", a.exact, a.prefix, a.suffix, a."anchorStatus", a.visibility, a.body, a."bodyText",
       a."claimType", a."claimStatus", a."hiddenAt", a."assignmentId", a.revision, a."createdAt", a."editedAt", a."deletedAt",
       tr.slug, t.index, s.label, u.id AS "authorId", u.name AS "authorName", g.id AS "groupId", g.name AS "groupName",
       (SELECT coalesce(array_agg(tg.name ORDER BY tg.normalized), '{}') FROM "AnnotationTag" at JOIN "Tag" tg ON tg.id = at."tagId" WHERE at."annotationId" = a.id) AS tags,
       (SELECT count(*) FROM "AnnotationReply" r WHERE r."annotationId" = a.id AND r."deletedAt" IS NULL) AS replies
FROM "Annotation" a
JOIN "Turn" t ON t.id = a."turnId"
JOIN "Transcript" tr ON tr."currentVersionId" = t."versionId" AND tr.slug = $1
JOIN "Speaker" s ON s.id = t."speakerId"
JOIN "User" u ON u.id = a."authorId"
LEFT JOIN "Group" g ON g.id = a."groupId"
WHERE (a.visibility = 'public' OR a."authorId" = $2
       OR (a.visibility = 'group' AND EXISTS (SELECT 1 FROM "GroupMembership" m WHERE m."groupId" = a."groupId" AND m."userId" = $2 AND m."removedAt" IS NULL)))
  AND (a."hiddenAt" IS NULL OR a."authorId" = $2)
  AND (a."deletedAt" IS NULL OR EXISTS (SELECT 1 FROM "AnnotationReply" r WHERE r."annotationId" = a.id))
ORDER BY t.index, a.start, a."end", a."createdAt"`;
