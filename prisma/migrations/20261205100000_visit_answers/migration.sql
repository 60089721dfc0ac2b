-- Kiểm tra chuyên đề: what the team found on each checklist item at each visit.

-- CreateEnum
CREATE TYPE "CheckResult" AS ENUM ('MET', 'NOT_MET', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "VisitAnswer" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "result" "CheckResult" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VisitAnswer_itemId_idx" ON "VisitAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "VisitAnswer_id_khoiId_key" ON "VisitAnswer"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "VisitAnswer_visitId_itemId_key" ON "VisitAnswer"("visitId", "itemId");

-- AddForeignKey
ALTER TABLE "VisitAnswer" ADD CONSTRAINT "VisitAnswer_visitId_khoiId_fkey" FOREIGN KEY ("visitId", "khoiId") REFERENCES "InspectionVisit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitAnswer" ADD CONSTRAINT "VisitAnswer_itemId_khoiId_fkey" FOREIGN KEY ("itemId", "khoiId") REFERENCES "ChecklistItem"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security as on every tenant table.
ALTER TABLE "VisitAnswer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "VisitAnswer"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
