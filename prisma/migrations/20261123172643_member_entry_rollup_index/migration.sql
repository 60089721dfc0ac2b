-- The indicator roll-up and the dashboards count confirmed entries of one kind per cơ sở in a
-- window of days, the members who have them, and volunteer hours by day. With coSoId, memberId
-- and hours after the range columns, PostgreSQL and PGlite can answer those from the index alone
-- (index-only scans) instead of visiting the wide entry rows. Measured by npm run bench:rollup
-- (tests/bench/large-tenant.ts). The name is the one Prisma gives
-- @@index([khoiId, kind, status, occurredOn, coSoId, memberId, hours]) on MemberEntry, which
-- schema.prisma declares, so the schema and the migrations agree. It replaces the narrower
-- index on the same leading columns.
CREATE INDEX "MemberEntry_khoiId_kind_status_occurredOn_coSoId_memberId_h_idx" ON "MemberEntry"("khoiId", "kind", "status", "occurredOn", "coSoId", "memberId", "hours");
DROP INDEX "MemberEntry_khoiId_kind_status_occurredOn_idx";
