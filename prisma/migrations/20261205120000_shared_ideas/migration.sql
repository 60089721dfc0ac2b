-- Ý tưởng được chia sẻ (nhân rộng): a member shares a submitted or confirmed idea with their
-- Khối, whose members support it (once each) and comment on it. Private stays the default.

-- AlterTable
ALTER TABLE "MemberEntry" ADD COLUMN "publishedAt" TIMESTAMP(3),
ADD COLUMN "supportCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "IdeaSupport" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaComment" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "requestKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberEntry_khoiId_publishedAt_idx" ON "MemberEntry"("khoiId", "publishedAt");

-- CreateIndex
CREATE INDEX "MemberEntry_khoiId_supportCount_publishedAt_idx" ON "MemberEntry"("khoiId", "supportCount", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaSupport_id_khoiId_key" ON "IdeaSupport"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaSupport_entryId_memberId_key" ON "IdeaSupport"("entryId", "memberId");

-- CreateIndex
CREATE INDEX "IdeaSupport_memberId_idx" ON "IdeaSupport"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaComment_id_khoiId_key" ON "IdeaComment"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaComment_khoiId_requestKey_key" ON "IdeaComment"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "IdeaComment_entryId_createdAt_idx" ON "IdeaComment"("entryId", "createdAt");

-- AddForeignKey
ALTER TABLE "IdeaSupport" ADD CONSTRAINT "IdeaSupport_entryId_khoiId_fkey" FOREIGN KEY ("entryId", "khoiId") REFERENCES "MemberEntry"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaSupport" ADD CONSTRAINT "IdeaSupport_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_entryId_khoiId_fkey" FOREIGN KEY ("entryId", "khoiId") REFERENCES "MemberEntry"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security as on every tenant table.
ALTER TABLE "IdeaSupport" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "IdeaSupport"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
ALTER TABLE "IdeaComment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "IdeaComment"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
