-- DropForeignKey
ALTER TABLE "Member" DROP CONSTRAINT "Member_chiDoanId_fkey";

-- DropIndex
DROP INDEX "Unit_requestKey_key";

-- DropIndex
DROP INDEX "User_requestKey_key";

-- DropIndex
DROP INDEX "Member_requestKey_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Unit_id_khoiId_coSoId_key" ON "Unit"("id", "khoiId", "coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_khoiId_requestKey_key" ON "Unit"("khoiId", "requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_khoiId_requestKey_key" ON "User"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "Member_khoiId_active_sortName_idx" ON "Member"("khoiId", "active", "sortName");

-- CreateIndex
CREATE UNIQUE INDEX "Member_khoiId_requestKey_key" ON "Member"("khoiId", "requestKey");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_chiDoanId_khoiId_coSoId_fkey" FOREIGN KEY ("chiDoanId", "khoiId", "coSoId") REFERENCES "Unit"("id", "khoiId", "coSoId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Backfill: given name first ("nguyen van an" → "an nguyen van"), as Vietnamese lists are ordered.
UPDATE "Member" SET "sortName" = regexp_replace("searchName", '^(.*) (\S+)$', '\2 \1');
