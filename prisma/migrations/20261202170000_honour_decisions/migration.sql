-- CreateTable
CREATE TABLE "HonourDecision" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "signOnBehalf" TEXT,
    "signTitle" TEXT,
    "signName" TEXT,
    "amendsId" TEXT,
    "note" TEXT,
    "requestKey" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HonourDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Honour" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "titleName" TEXT NOT NULL,
    "subject" "HonourSubject" NOT NULL,
    "level" "HonourLevel" NOT NULL,
    "coSoId" TEXT NOT NULL,
    "memberId" TEXT,
    "unitId" TEXT,
    "decidedOn" DATE NOT NULL,
    "revokedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Honour_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HonourDecision_khoiId_roundId_idx" ON "HonourDecision"("khoiId", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourDecision_id_khoiId_key" ON "HonourDecision"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourDecision_khoiId_requestKey_key" ON "HonourDecision"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "Honour_khoiId_roundId_decidedOn_idx" ON "Honour"("khoiId", "roundId", "decidedOn");

-- CreateIndex
CREATE INDEX "Honour_khoiId_coSoId_idx" ON "Honour"("khoiId", "coSoId");

-- CreateIndex
CREATE INDEX "Honour_memberId_idx" ON "Honour"("memberId");

-- CreateIndex
CREATE INDEX "Honour_nominationId_idx" ON "Honour"("nominationId");

-- CreateIndex
CREATE UNIQUE INDEX "Honour_id_khoiId_key" ON "Honour"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Honour_decisionId_nominationId_key" ON "Honour"("decisionId", "nominationId");

-- AddForeignKey
ALTER TABLE "HonourDecision" ADD CONSTRAINT "HonourDecision_roundId_khoiId_fkey" FOREIGN KEY ("roundId", "khoiId") REFERENCES "HonourRound"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonourDecision" ADD CONSTRAINT "HonourDecision_amendsId_khoiId_fkey" FOREIGN KEY ("amendsId", "khoiId") REFERENCES "HonourDecision"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_decisionId_khoiId_fkey" FOREIGN KEY ("decisionId", "khoiId") REFERENCES "HonourDecision"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_revokedById_khoiId_fkey" FOREIGN KEY ("revokedById", "khoiId") REFERENCES "HonourDecision"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_nominationId_khoiId_fkey" FOREIGN KEY ("nominationId", "khoiId") REFERENCES "Nomination"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A decision is never changed or removed, and an honour is never removed (a later decision
-- revokes it): the app's own database role cannot do otherwise.
CREATE TRIGGER "HonourDecision_append_only" BEFORE UPDATE OR DELETE ON "HonourDecision"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "Honour_never_deleted" BEFORE DELETE ON "Honour"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();

-- Row-level security as on every tenant table (20261202070000_row_level_security).
ALTER TABLE "HonourDecision" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "HonourDecision"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Honour" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Honour"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
