-- AlterTable
ALTER TABLE "PublicQuestion" ADD COLUMN     "assignedToId" TEXT;

-- CreateIndex
CREATE INDEX "PublicQuestion_khoiId_assignedToId_status_idx" ON "PublicQuestion"("khoiId", "assignedToId", "status");

-- AddForeignKey
ALTER TABLE "PublicQuestion" ADD CONSTRAINT "PublicQuestion_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

