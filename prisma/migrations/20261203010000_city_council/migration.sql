-- AlterTable
ALTER TABLE "CityProposal" ADD COLUMN     "votingClosedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CityBallot" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "approve" BOOLEAN NOT NULL,
    "score" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityBallot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CityBallot_khoiId_idx" ON "CityBallot"("khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "CityBallot_id_khoiId_key" ON "CityBallot"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "CityBallot_proposalId_userId_key" ON "CityBallot"("proposalId", "userId");

-- AddForeignKey
ALTER TABLE "CityBallot" ADD CONSTRAINT "CityBallot_proposalId_khoiId_fkey" FOREIGN KEY ("proposalId", "khoiId") REFERENCES "CityProposal"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Row-level security as on every tenant table: the ballot is the proposing Khối's row, reached by
-- the city staff because their tenant is every Khối under the city.
ALTER TABLE "CityBallot" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "CityBallot"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
