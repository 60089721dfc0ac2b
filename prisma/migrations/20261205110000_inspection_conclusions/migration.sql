-- Kiểm tra chuyên đề: the conclusion of each visit (revisions, locked once issued) and the
-- recommendations it asks of the cơ sở, followed until settled.

-- CreateEnum
CREATE TYPE "InspectionRating" AS ENUM ('GOOD', 'FAIR', 'AVERAGE', 'WEAK');

-- CreateEnum
CREATE TYPE "ConclusionStatus" AS ENUM ('DRAFT', 'ISSUED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'RESPONDED', 'DISPUTED', 'ACCEPTED', 'REOPENED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "InspectionConclusion" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "status" "ConclusionStatus" NOT NULL DEFAULT 'DRAFT',
    "number" TEXT,
    "rating" "InspectionRating",
    "strengths" TEXT,
    "shortcomings" TEXT,
    "recommendations" JSONB NOT NULL DEFAULT '[]',
    "correctionReason" TEXT,
    "issuedOn" DATE,
    "issuedById" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRecommendation" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConclusion_id_khoiId_key" ON "InspectionConclusion"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConclusion_visitId_revision_key" ON "InspectionConclusion"("visitId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionConclusion_khoiId_requestKey_key" ON "InspectionConclusion"("khoiId", "requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecommendation_id_khoiId_key" ON "InspectionRecommendation"("id", "khoiId");

-- CreateIndex
CREATE INDEX "InspectionRecommendation_visitId_idx" ON "InspectionRecommendation"("visitId");

-- CreateIndex
CREATE INDEX "InspectionRecommendation_khoiId_coSoId_status_idx" ON "InspectionRecommendation"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE INDEX "InspectionRecommendation_khoiId_status_dueOn_idx" ON "InspectionRecommendation"("khoiId", "status", "dueOn");

-- AddForeignKey
ALTER TABLE "InspectionConclusion" ADD CONSTRAINT "InspectionConclusion_visitId_khoiId_fkey" FOREIGN KEY ("visitId", "khoiId") REFERENCES "InspectionVisit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_visitId_khoiId_fkey" FOREIGN KEY ("visitId", "khoiId") REFERENCES "InspectionVisit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_coSoId_khoiId_fkey" FOREIGN KEY ("coSoId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security as on every tenant table.
ALTER TABLE "InspectionConclusion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "InspectionConclusion"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
ALTER TABLE "InspectionRecommendation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "InspectionRecommendation"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
