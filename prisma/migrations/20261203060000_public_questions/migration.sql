-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('ROUTING', 'WAITING', 'ANSWERED');

-- CreateTable
CREATE TABLE "PublicSite" (
    "khoiId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "answerDays" INTEGER NOT NULL DEFAULT 5,
    "extraDaysOff" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicSite_pkey" PRIMARY KEY ("khoiId")
);

-- CreateTable
CREATE TABLE "PublicQuestion" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "askerName" TEXT NOT NULL,
    "askerEmail" TEXT,
    "askerPhone" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "codeHash" TEXT NOT NULL,
    "status" "QuestionStatus" NOT NULL,
    "routedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "rerouteReason" TEXT,
    "publicBody" TEXT,
    "answer" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "lateNoticeAt" TIMESTAMP(3),
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicSite_slug_key" ON "PublicSite"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PublicQuestion_codeHash_key" ON "PublicQuestion"("codeHash");

-- CreateIndex
CREATE INDEX "PublicQuestion_khoiId_coSoId_status_idx" ON "PublicQuestion"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE INDEX "PublicQuestion_khoiId_published_answeredAt_idx" ON "PublicQuestion"("khoiId", "published", "answeredAt");

-- CreateIndex
CREATE INDEX "PublicQuestion_status_dueAt_idx" ON "PublicQuestion"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublicQuestion_khoiId_requestKey_key" ON "PublicQuestion"("khoiId", "requestKey");

-- AddForeignKey
ALTER TABLE "PublicQuestion" ADD CONSTRAINT "PublicQuestion_coSoId_fkey" FOREIGN KEY ("coSoId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Row-level security as on every tenant table. The public site reads by slug in system mode
-- (before any Khối is known), then as that Khối's tenant.
ALTER TABLE "PublicSite" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "PublicSite"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "PublicQuestion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "PublicQuestion"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
