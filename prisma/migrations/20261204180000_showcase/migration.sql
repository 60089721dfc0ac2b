-- CreateEnum
CREATE TYPE "ShowcaseStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ShowcaseKind" AS ENUM ('PERSON', 'PROJECT');

-- CreateTable
CREATE TABLE "ShowcaseProfile" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "kind" "ShowcaseKind" NOT NULL,
    "honourId" TEXT,
    "projectId" TEXT,
    "coSoId" TEXT,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "pillar" TEXT,
    "year" INTEGER NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "status" "ShowcaseStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "requestKey" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShowcaseProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcasePerson" (
    "khoiId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3),

    CONSTRAINT "ShowcasePerson_pkey" PRIMARY KEY ("profileId","memberId")
);

-- CreateIndex
CREATE INDEX "ShowcaseProfile_khoiId_status_year_idx" ON "ShowcaseProfile"("khoiId", "status", "year");

-- CreateIndex
CREATE INDEX "ShowcaseProfile_honourId_idx" ON "ShowcaseProfile"("honourId");

-- CreateIndex
CREATE INDEX "ShowcaseProfile_projectId_idx" ON "ShowcaseProfile"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "ShowcaseProfile_id_khoiId_key" ON "ShowcaseProfile"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "ShowcaseProfile_khoiId_requestKey_key" ON "ShowcaseProfile"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "ShowcasePerson_memberId_idx" ON "ShowcasePerson"("memberId");

-- AddForeignKey
ALTER TABLE "ShowcaseProfile" ADD CONSTRAINT "ShowcaseProfile_honourId_khoiId_fkey" FOREIGN KEY ("honourId", "khoiId") REFERENCES "Honour"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProfile" ADD CONSTRAINT "ShowcaseProfile_projectId_khoiId_fkey" FOREIGN KEY ("projectId", "khoiId") REFERENCES "YouthProject"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProfile" ADD CONSTRAINT "ShowcaseProfile_coSoId_khoiId_fkey" FOREIGN KEY ("coSoId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePerson" ADD CONSTRAINT "ShowcasePerson_profileId_khoiId_fkey" FOREIGN KEY ("profileId", "khoiId") REFERENCES "ShowcaseProfile"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePerson" ADD CONSTRAINT "ShowcasePerson_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Row-level security as on every tenant table. The public site reads them as the site's tenant.
ALTER TABLE "ShowcaseProfile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ShowcaseProfile"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ShowcasePerson" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ShowcasePerson"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
