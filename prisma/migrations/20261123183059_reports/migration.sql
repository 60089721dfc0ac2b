-- CreateEnum
CREATE TYPE "ReportPeriodKind" AS ENUM ('SIX_MONTH', 'ANNUAL', 'AD_HOC');

-- CreateEnum
CREATE TYPE "ReportPeriodStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "ReportPeriod" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" "ReportPeriodKind" NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "fromMonth" INTEGER NOT NULL,
    "toMonth" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ReportPeriodStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPeriodIndicator" (
    "khoiId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "ReportPeriodIndicator_pkey" PRIMARY KEY ("periodId","indicatorId")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "coSoId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "narratives" TEXT[],
    "strengths" TEXT,
    "weaknesses" TEXT,
    "proposals" TEXT,
    "computed" JSONB,
    "correctionNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportValue" (
    "khoiId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReportValue_pkey" PRIMARY KEY ("reportId","indicatorId")
);

-- CreateTable
CREATE TABLE "IndicatorWeight" (
    "khoiId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorWeight_pkey" PRIMARY KEY ("indicatorId")
);

-- CreateIndex
CREATE INDEX "ReportPeriod_khoiId_status_dueOn_idx" ON "ReportPeriod"("khoiId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ReportPeriod_planId_idx" ON "ReportPeriod"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPeriod_id_khoiId_key" ON "ReportPeriod"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPeriod_khoiId_requestKey_key" ON "ReportPeriod"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "ReportPeriodIndicator_indicatorId_idx" ON "ReportPeriodIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "Report_khoiId_periodId_status_idx" ON "Report"("khoiId", "periodId", "status");

-- CreateIndex
CREATE INDEX "Report_khoiId_coSoId_status_idx" ON "Report"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Report_id_khoiId_key" ON "Report"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_periodId_unitId_revision_key" ON "Report"("periodId", "unitId", "revision");

-- CreateIndex
CREATE INDEX "ReportValue_indicatorId_idx" ON "ReportValue"("indicatorId");

-- CreateIndex
CREATE INDEX "IndicatorWeight_khoiId_idx" ON "IndicatorWeight"("khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorWeight_indicatorId_khoiId_key" ON "IndicatorWeight"("indicatorId", "khoiId");

-- AddForeignKey
ALTER TABLE "ReportPeriod" ADD CONSTRAINT "ReportPeriod_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriodIndicator" ADD CONSTRAINT "ReportPeriodIndicator_periodId_khoiId_fkey" FOREIGN KEY ("periodId", "khoiId") REFERENCES "ReportPeriod"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriodIndicator" ADD CONSTRAINT "ReportPeriodIndicator_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_periodId_khoiId_fkey" FOREIGN KEY ("periodId", "khoiId") REFERENCES "ReportPeriod"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_khoiId_fkey" FOREIGN KEY ("unitId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_reportId_khoiId_fkey" FOREIGN KEY ("reportId", "khoiId") REFERENCES "Report"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorWeight" ADD CONSTRAINT "IndicatorWeight_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

