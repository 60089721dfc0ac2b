-- Members counted per cơ sở, and matched to their kept counters (EntryMemberYear) or their
-- commitments, were read row by row from the table: 240,000 rows for a city of 12 Khối
-- (0.9 to 1.2 s for its dashboard's "members with trainings"), 100,000 for the largest Khối's
-- "not registered" count. With every column those queries touch in one index they are
-- index-only scans: 0.39 s and 0.09 s.
-- CreateIndex
CREATE INDEX "Member_khoiId_active_coSoId_id_idx" ON "Member"("khoiId", "active", "coSoId", "id");
