-- A rank of a contest goes to one idea: two judges saving the same rank at the same instant
-- cannot both succeed. Partial (Prisma's schema cannot say so): only ranked ideas still in the
-- contest count, and the app maps the violation onto the rank field's message.
CREATE UNIQUE INDEX "MemberEntry_contestId_contestRank_key" ON "MemberEntry"("contestId", "contestRank")
  WHERE "contestRank" IS NOT NULL AND "status" IN ('SUBMITTED', 'CONFIRMED');
