-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('PROGRAMME', 'PLAN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('ENTERED', 'RECORD_COUNT', 'UNIT_SHARE', 'MONEY');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('IDEA', 'TRAINING', 'PROJECT', 'HONOUR', 'ACTIVITY', 'PARTICIPATION', 'PRODUCT');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('AT_LEAST', 'EXACT', 'PERCENT');

-- CreateEnum
CREATE TYPE "AppliesTo" AS ENUM ('KHOI', 'EACH_CO_SO', 'EACH_MEMBER');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('YEAR', 'TERM', 'MONTHS');

-- CreateEnum
CREATE TYPE "HonourLevel" AS ENUM ('KHOI', 'CITY', 'NATIONAL');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CONTEST', 'PEAK_DAY', 'TRAINING', 'PROPAGANDA', 'INSPECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "coSoId" TEXT,
    "kind" "PlanKind" NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "seriesId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "number" TEXT,
    "numberKey" TEXT,
    "subject" TEXT NOT NULL,
    "superiorName" TEXT,
    "issuerName" TEXT,
    "place" TEXT,
    "issueDate" DATE,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "basisPlanId" TEXT,
    "basisText" TEXT,
    "pillars" TEXT[],
    "sections" JSONB NOT NULL,
    "closing" TEXT,
    "recipients" TEXT,
    "signOnBehalf" TEXT,
    "signTitle" TEXT,
    "signName" TEXT,
    "changeNote" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "basedOnId" TEXT,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "wording" TEXT NOT NULL,
    "pillar" INTEGER,
    "measure" "MeasureKind" NOT NULL,
    "recordKind" "RecordKind",
    "targetKind" "TargetKind" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "minTarget" DOUBLE PRECISION,
    "unitLabel" TEXT NOT NULL,
    "appliesTo" "AppliesTo" NOT NULL,
    "period" "PeriodKind" NOT NULL,
    "months" INTEGER[],
    "honourLevel" "HonourLevel",
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorYearTarget" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "IndicatorYearTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "organiser" TEXT NOT NULL,
    "registrationDeadline" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityIndicator" (
    "khoiId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "ActivityIndicator_pkey" PRIMARY KEY ("activityId","indicatorId")
);

-- CreateTable
CREATE TABLE "ActivityRegistration" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "plannedPeople" INTEGER,
    "people" INTEGER,
    "participations" INTEGER,
    "evidence" TEXT,
    "note" TEXT,
    "registeredById" TEXT,
    "reportedById" TEXT,
    "reportedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_khoiId_coSoId_status_idx" ON "Plan"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE INDEX "Plan_basisPlanId_idx" ON "Plan"("basisPlanId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_id_khoiId_key" ON "Plan"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_seriesId_revision_key" ON "Plan"("seriesId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_unitId_numberKey_revision_key" ON "Plan"("unitId", "numberKey", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_khoiId_requestKey_key" ON "Plan"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "Indicator_basedOnId_idx" ON "Indicator"("basedOnId");

-- CreateIndex
CREATE INDEX "Indicator_lineageId_idx" ON "Indicator"("lineageId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_id_khoiId_key" ON "Indicator"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_planId_code_key" ON "Indicator"("planId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorYearTarget_indicatorId_year_key" ON "IndicatorYearTarget"("indicatorId", "year");

-- CreateIndex
CREATE INDEX "Activity_khoiId_active_startsOn_idx" ON "Activity"("khoiId", "active", "startsOn");

-- CreateIndex
CREATE INDEX "Activity_planId_idx" ON "Activity"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_id_khoiId_key" ON "Activity"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_khoiId_requestKey_key" ON "Activity"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "ActivityIndicator_indicatorId_idx" ON "ActivityIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "ActivityRegistration_khoiId_coSoId_idx" ON "ActivityRegistration"("khoiId", "coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRegistration_id_khoiId_key" ON "ActivityRegistration"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRegistration_activityId_coSoId_key" ON "ActivityRegistration"("activityId", "coSoId");

-- CreateIndex
CREATE INDEX "StatusChange_entityType_entityId_createdAt_idx" ON "StatusChange"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_unitId_khoiId_fkey" FOREIGN KEY ("unitId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_basisPlanId_khoiId_fkey" FOREIGN KEY ("basisPlanId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_basedOnId_khoiId_fkey" FOREIGN KEY ("basedOnId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorYearTarget" ADD CONSTRAINT "IndicatorYearTarget_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityIndicator" ADD CONSTRAINT "ActivityIndicator_activityId_khoiId_fkey" FOREIGN KEY ("activityId", "khoiId") REFERENCES "Activity"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityIndicator" ADD CONSTRAINT "ActivityIndicator_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_activityId_khoiId_fkey" FOREIGN KEY ("activityId", "khoiId") REFERENCES "Activity"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_coSoId_khoiId_fkey" FOREIGN KEY ("coSoId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

