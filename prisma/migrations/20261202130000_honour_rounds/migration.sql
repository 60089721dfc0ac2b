-- Nomination rounds (đợt xét chọn) and nominations (đề xuất), issue 12: the cơ sở nominate members or
-- collectives for the titles of a round, which copies their criteria when it opens.
-- CreateEnum
CREATE TYPE "HonourRoundStatus" AS ENUM ('OPEN', 'VOTING', 'CLOSED', 'DECIDED');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "HonourRound" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "quotaPerCoSo" INTEGER,
    "status" "HonourRoundStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HonourRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonourRoundTitle" (
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,

    CONSTRAINT "HonourRoundTitle_pkey" PRIMARY KEY ("roundId","titleId")
);

-- CreateTable
CREATE TABLE "HonourRoundIndicator" (
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "HonourRoundIndicator_pkey" PRIMARY KEY ("roundId","indicatorId")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "memberId" TEXT,
    "unitId" TEXT,
    "nomineeKey" TEXT NOT NULL,
    "status" "NominationStatus" NOT NULL DEFAULT 'DRAFT',
    "narrative" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewComment" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HonourRound_khoiId_status_dueOn_idx" ON "HonourRound"("khoiId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "HonourRound_planId_idx" ON "HonourRound"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourRound_id_khoiId_key" ON "HonourRound"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourRound_khoiId_requestKey_key" ON "HonourRound"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "HonourRoundTitle_titleId_idx" ON "HonourRoundTitle"("titleId");

-- CreateIndex
CREATE INDEX "HonourRoundIndicator_indicatorId_idx" ON "HonourRoundIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "Nomination_khoiId_roundId_coSoId_status_idx" ON "Nomination"("khoiId", "roundId", "coSoId", "status");

-- CreateIndex
CREATE INDEX "Nomination_memberId_idx" ON "Nomination"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_id_khoiId_key" ON "Nomination"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_roundId_titleId_nomineeKey_key" ON "Nomination"("roundId", "titleId", "nomineeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_khoiId_requestKey_key" ON "Nomination"("khoiId", "requestKey");

-- AddForeignKey
ALTER TABLE "HonourRound" ADD CONSTRAINT "HonourRound_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourRoundTitle" ADD CONSTRAINT "HonourRoundTitle_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "HonourRound"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourRoundTitle" ADD CONSTRAINT "HonourRoundTitle_titleId_khoiId_fkey" FOREIGN KEY ("titleId", "khoiId") REFERENCES "HonourTitle"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourRoundIndicator" ADD CONSTRAINT "HonourRoundIndicator_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "HonourRound"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourRoundIndicator" ADD CONSTRAINT "HonourRoundIndicator_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "HonourRound"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_unitId_khoiId_fkey" FOREIGN KEY ("unitId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Row-level security as on every tenant table (20261202070000_row_level_security).
ALTER TABLE "HonourRound" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourRound"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "HonourRoundTitle" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourRoundTitle"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "HonourRoundIndicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourRoundIndicator"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Nomination" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Nomination"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

