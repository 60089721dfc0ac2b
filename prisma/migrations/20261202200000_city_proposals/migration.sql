-- CreateEnum
CREATE TYPE "CityProposalStatus" AS ENUM ('SENT', 'WITHDRAWN', 'ACCEPTED', 'DECLINED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CITY_STAFF';

-- CreateTable
CREATE TABLE "CityProposal" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "honourId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "titleName" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "CityProposalStatus" NOT NULL DEFAULT 'SENT',
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentById" TEXT,
    "decisionNumber" TEXT,
    "decidedOn" DATE,
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CityProposal_khoiId_requestKey_idx" ON "CityProposal"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "CityProposal_khoiId_status_decidedOn_idx" ON "CityProposal"("khoiId", "status", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "CityProposal_id_khoiId_key" ON "CityProposal"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "CityProposal_honourId_titleId_key" ON "CityProposal"("honourId", "titleId");

-- AddForeignKey
ALTER TABLE "CityProposal" ADD CONSTRAINT "CityProposal_honourId_khoiId_fkey" FOREIGN KEY ("honourId", "khoiId") REFERENCES "Honour"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityProposal" ADD CONSTRAINT "CityProposal_titleId_khoiId_fkey" FOREIGN KEY ("titleId", "khoiId") REFERENCES "HonourTitle"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A proposal the city has seen is never removed: withdrawn or decided, it stays as the record.
CREATE TRIGGER "CityProposal_never_deleted" BEFORE DELETE ON "CityProposal"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- Row-level security as on every tenant table (20261202070000_row_level_security): the row is
-- the proposing Khối's, and the city staff reach it because their tenant is every Khối under the city.
ALTER TABLE "CityProposal" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "CityProposal"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
