-- Danh hiệu and their tiêu chí (issue 12): the Khối's titles, each criterion typed by the nominator
-- or counted from confirmed records against a threshold.
-- CreateEnum
CREATE TYPE "HonourSubject" AS ENUM ('INDIVIDUAL', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "CriterionSource" AS ENUM ('TYPED', 'COMPUTED');

-- CreateTable
CREATE TABLE "HonourTitle" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subject" "HonourSubject" NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HonourTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonourCriterion" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "pillar" INTEGER,
    "wording" TEXT NOT NULL,
    "source" "CriterionSource" NOT NULL,
    "metric" TEXT,
    "threshold" DOUBLE PRECISION,

    CONSTRAINT "HonourCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HonourTitle_khoiId_active_idx" ON "HonourTitle"("khoiId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "HonourTitle_id_khoiId_key" ON "HonourTitle"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourTitle_khoiId_requestKey_key" ON "HonourTitle"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "HonourCriterion_titleId_position_idx" ON "HonourCriterion"("titleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "HonourCriterion_id_khoiId_key" ON "HonourCriterion"("id", "khoiId");

-- AddForeignKey
ALTER TABLE "HonourCriterion" ADD CONSTRAINT "HonourCriterion_titleId_khoiId_fkey" FOREIGN KEY ("titleId", "khoiId") REFERENCES "HonourTitle"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security as on every tenant table (20261202070000_row_level_security).
ALTER TABLE "HonourTitle" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourTitle"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "HonourCriterion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourCriterion"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
