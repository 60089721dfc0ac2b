-- CreateTable
CREATE TABLE "CouncilSeat" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "chair" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "approve" BOOLEAN NOT NULL,
    "score" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilSeat_khoiId_userId_idx" ON "CouncilSeat"("khoiId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilSeat_id_khoiId_key" ON "CouncilSeat"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilSeat_roundId_userId_key" ON "CouncilSeat"("roundId", "userId");

-- CreateIndex
CREATE INDEX "Ballot_khoiId_roundId_idx" ON "Ballot"("khoiId", "roundId");

-- CreateIndex
CREATE INDEX "Ballot_nominationId_idx" ON "Ballot"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_seatId_nominationId_key" ON "Ballot"("seatId", "nominationId");

-- AddForeignKey
ALTER TABLE "CouncilSeat" ADD CONSTRAINT "CouncilSeat_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "HonourRound"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSeat" ADD CONSTRAINT "CouncilSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_seatId_khoiId_fkey" FOREIGN KEY ("seatId", "khoiId") REFERENCES "CouncilSeat"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_nominationId_khoiId_fkey" FOREIGN KEY ("nominationId", "khoiId") REFERENCES "Nomination"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A score is out of 100, whatever writes the row.
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_score_range" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 100));

-- Row-level security as on every tenant table (20261202070000_row_level_security).
ALTER TABLE "CouncilSeat" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "CouncilSeat"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Ballot" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Ballot"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
