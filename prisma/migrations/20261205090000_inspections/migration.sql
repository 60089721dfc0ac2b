-- Kiểm tra chuyên đề: inspection rounds, their team, their visits (one per cơ sở) and checklist.

-- AlterEnum: a plan's indicator may count the cơ sở inspected
ALTER TYPE "RecordKind" ADD VALUE 'INSPECTION';

-- CreateEnum
CREATE TYPE "InspectionRoundStatus" AS ENUM ('PLANNING', 'ANNOUNCED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InspectionVisitStatus" AS ENUM ('SCHEDULED', 'VISITED', 'CONCLUDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ChecklistSource" AS ENUM ('TYPED', 'INDICATOR', 'PORTAL');

-- CreateTable
CREATE TABLE "InspectionRound" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "indicatorId" TEXT,
    "name" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionOn" DATE NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "prepare" TEXT,
    "status" "InspectionRoundStatus" NOT NULL DEFAULT 'PLANNING',
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTeamMember" (
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InspectionTeamMember_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "InspectionVisit" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "visitOn" DATE NOT NULL,
    "status" "InspectionVisitStatus" NOT NULL DEFAULT 'SCHEDULED',
    "notifiedAt" TIMESTAMP(3),
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pillar" INTEGER,
    "wording" TEXT NOT NULL,
    "source" "ChecklistSource" NOT NULL,
    "indicatorId" TEXT,
    "portalCheck" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InspectionRound_khoiId_status_periodFrom_idx" ON "InspectionRound"("khoiId", "status", "periodFrom");

-- CreateIndex
CREATE INDEX "InspectionRound_planId_idx" ON "InspectionRound"("planId");

-- CreateIndex
CREATE INDEX "InspectionRound_indicatorId_idx" ON "InspectionRound"("indicatorId");

-- CreateIndex
CREATE INDEX "ChecklistItem_indicatorId_idx" ON "ChecklistItem"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRound_id_khoiId_key" ON "InspectionRound"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRound_khoiId_requestKey_key" ON "InspectionRound"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "InspectionTeamMember_khoiId_userId_idx" ON "InspectionTeamMember"("khoiId", "userId");

-- CreateIndex
CREATE INDEX "InspectionVisit_khoiId_visitOn_idx" ON "InspectionVisit"("khoiId", "visitOn");

-- CreateIndex
CREATE INDEX "InspectionVisit_khoiId_coSoId_status_idx" ON "InspectionVisit"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionVisit_id_khoiId_key" ON "InspectionVisit"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionVisit_roundId_coSoId_key" ON "InspectionVisit"("roundId", "coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionVisit_khoiId_requestKey_key" ON "InspectionVisit"("khoiId", "requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_id_khoiId_key" ON "ChecklistItem"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_roundId_position_key" ON "ChecklistItem"("roundId", "position");

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRound" ADD CONSTRAINT "InspectionRound_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "InspectionRound"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "InspectionRound"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_coSoId_khoiId_fkey" FOREIGN KEY ("coSoId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "InspectionRound"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security as on every tenant table.
ALTER TABLE "InspectionRound" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "InspectionRound"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "InspectionTeamMember" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "InspectionTeamMember"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "InspectionVisit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "InspectionVisit"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ChecklistItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ChecklistItem"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
