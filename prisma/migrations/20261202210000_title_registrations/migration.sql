-- CreateTable
CREATE TABLE "TitleRegistration" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TitleRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TitleRegistration_khoiId_titleId_year_active_idx" ON "TitleRegistration"("khoiId", "titleId", "year", "active");

-- CreateIndex
CREATE UNIQUE INDEX "TitleRegistration_id_khoiId_key" ON "TitleRegistration"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "TitleRegistration_memberId_titleId_year_key" ON "TitleRegistration"("memberId", "titleId", "year");

-- AddForeignKey
ALTER TABLE "TitleRegistration" ADD CONSTRAINT "TitleRegistration_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TitleRegistration" ADD CONSTRAINT "TitleRegistration_titleId_khoiId_fkey" FOREIGN KEY ("titleId", "khoiId") REFERENCES "HonourTitle"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Row-level security as on every tenant table (20261202070000_row_level_security).
ALTER TABLE "TitleRegistration" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "TitleRegistration"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
