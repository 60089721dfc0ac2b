-- AlterEnum
ALTER TYPE "NominationStatus" ADD VALUE 'PROPOSED';

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "chiDoanId" TEXT;

-- CreateIndex
CREATE INDEX "Nomination_khoiId_roundId_chiDoanId_idx" ON "Nomination"("khoiId", "roundId", "chiDoanId");

