-- CreateEnum
CREATE TYPE "HandbookStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Handbook" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "status" "HandbookStatus" NOT NULL DEFAULT 'DRAFT',
    "latestNumber" INTEGER NOT NULL DEFAULT 1,
    "publishedNumber" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "requestKey" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Handbook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandbookVersion" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "handbookId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "editedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandbookVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Handbook_khoiId_status_idx" ON "Handbook"("khoiId", "status");

-- CreateIndex
CREATE INDEX "Handbook_coSoId_idx" ON "Handbook"("coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "Handbook_id_khoiId_key" ON "Handbook"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Handbook_khoiId_requestKey_key" ON "Handbook"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "HandbookVersion_khoiId_idx" ON "HandbookVersion"("khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "HandbookVersion_handbookId_number_key" ON "HandbookVersion"("handbookId", "number");

-- AddForeignKey
ALTER TABLE "Handbook" ADD CONSTRAINT "Handbook_coSoId_khoiId_fkey" FOREIGN KEY ("coSoId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandbookVersion" ADD CONSTRAINT "HandbookVersion_handbookId_khoiId_fkey" FOREIGN KEY ("handbookId", "khoiId") REFERENCES "Handbook"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Row-level security as on every tenant table. The public site reads them as the site's tenant.
ALTER TABLE "Handbook" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Handbook"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "HandbookVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HandbookVersion"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
