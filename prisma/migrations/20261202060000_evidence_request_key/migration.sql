-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_khoiId_requestKey_key" ON "EvidenceFile"("khoiId", "requestKey");
