-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT,
    "ownerType" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_storageKey_key" ON "EvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "EvidenceFile_ownerType_ownerId_active_idx" ON "EvidenceFile"("ownerType", "ownerId", "active");

-- CreateIndex
CREATE INDEX "EvidenceFile_khoiId_coSoId_idx" ON "EvidenceFile"("khoiId", "coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_id_khoiId_key" ON "EvidenceFile"("id", "khoiId");

