-- The entry review list (/ghi-nhan) shows a Khối's entries newest first, 50 to a page. Without an
-- index in that order both databases read and sort every entry of the Khối for page 1 (188,000 in
-- the large-tenant bench: ~400 ms on PGlite), with it they read the first rows of the index and
-- stop. The columns and directions are the list's ORDER BY (occurredOn desc, createdAt desc, id),
-- so deep pages and the waiting list (status filtered on the way) walk it too. Measured by
-- tests/bench/entry-list.ts. The name is the one Prisma gives the @@index in schema.prisma.
-- CreateIndex
CREATE INDEX "MemberEntry_khoiId_occurredOn_createdAt_id_idx" ON "MemberEntry"("khoiId", "occurredOn" DESC, "createdAt" DESC, "id");
