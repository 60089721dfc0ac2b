-- CreateEnum
CREATE TYPE "WorkField" AS ENUM ('ADMIN_REFORM', 'DIGITAL', 'SOCIAL_WELFARE', 'PUBLIC_SERVICE', 'PROFESSIONAL', 'ENVIRONMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('PROJECT', 'TASK', 'MODEL', 'SOLUTION');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PENDING', 'RETURNED', 'APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('IDEA', 'TRAINING', 'VOLUNTEER');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'CONFIRMED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "IdeaKind" AS ENUM ('IDEA', 'INITIATIVE', 'SUGGESTION');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('PROFESSIONAL', 'LANGUAGE', 'IT', 'POLITICAL', 'SKILLS');

-- CreateEnum
CREATE TYPE "AssessmentRating" AS ENUM ('EXCELLENT', 'GOOD', 'DONE', 'NOT_DONE');

-- CreateTable
CREATE TABLE "YouthProject" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "coSoId" TEXT,
    "planId" TEXT NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "field" "WorkField" NOT NULL,
    "goal" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "chiDoanIds" TEXT[],
    "expectedValue" TEXT,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PENDING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "resultText" TEXT,
    "beneficiaries" INTEGER,
    "resultAmount" DOUBLE PRECISION,
    "completedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YouthProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectIndicator" (
    "khoiId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,

    CONSTRAINT "ProjectIndicator_pkey" PRIMARY KEY ("projectId","indicatorId")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "khoiId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("projectId","memberId")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "progress" INTEGER,
    "authorId" TEXT,
    "requestKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectJoin" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "joinedById" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectJoin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberEntry" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "chiDoanId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'SUBMITTED',
    "title" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "field" "WorkField",
    "occurredOn" DATE NOT NULL,
    "endsOn" DATE,
    "ideaKind" "IdeaKind",
    "problem" TEXT,
    "proposal" TEXT,
    "applied" BOOLEAN,
    "effect" TEXT,
    "contestId" TEXT,
    "contestRank" INTEGER,
    "contestScore" DOUBLE PRECISION,
    "contestNote" TEXT,
    "trainingKind" "TrainingKind",
    "provider" TEXT,
    "activityId" TEXT,
    "hours" DOUBLE PRECISION,
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "requestKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "chiDoanId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "planId" TEXT,
    "pillars" TEXT[],
    "pledges" TEXT[],
    "status" "EntryStatus" NOT NULL DEFAULT 'SUBMITTED',
    "assessments" TEXT[],
    "rating" "AssessmentRating",
    "assessedAt" TIMESTAMP(3),
    "assessmentStatus" "EntryStatus",
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "YouthProject_khoiId_coSoId_status_idx" ON "YouthProject"("khoiId", "coSoId", "status");

-- CreateIndex
CREATE INDEX "YouthProject_khoiId_startsOn_idx" ON "YouthProject"("khoiId", "startsOn");

-- CreateIndex
CREATE INDEX "YouthProject_planId_idx" ON "YouthProject"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "YouthProject_id_khoiId_key" ON "YouthProject"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "YouthProject_khoiId_requestKey_key" ON "YouthProject"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "ProjectIndicator_indicatorId_idx" ON "ProjectIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "ProjectMember_memberId_idx" ON "ProjectMember"("memberId");

-- CreateIndex
CREATE INDEX "ProjectUpdate_projectId_createdAt_idx" ON "ProjectUpdate"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectUpdate_khoiId_requestKey_key" ON "ProjectUpdate"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "ProjectJoin_khoiId_coSoId_idx" ON "ProjectJoin"("khoiId", "coSoId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectJoin_projectId_coSoId_key" ON "ProjectJoin"("projectId", "coSoId");

-- CreateIndex
CREATE INDEX "MemberEntry_khoiId_kind_status_occurredOn_idx" ON "MemberEntry"("khoiId", "kind", "status", "occurredOn");

-- CreateIndex
CREATE INDEX "MemberEntry_coSoId_kind_occurredOn_idx" ON "MemberEntry"("coSoId", "kind", "occurredOn");

-- CreateIndex
CREATE INDEX "MemberEntry_chiDoanId_status_idx" ON "MemberEntry"("chiDoanId", "status");

-- CreateIndex
CREATE INDEX "MemberEntry_memberId_occurredOn_idx" ON "MemberEntry"("memberId", "occurredOn");

-- CreateIndex
CREATE INDEX "MemberEntry_contestId_idx" ON "MemberEntry"("contestId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberEntry_id_khoiId_key" ON "MemberEntry"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberEntry_khoiId_requestKey_key" ON "MemberEntry"("khoiId", "requestKey");

-- CreateIndex
CREATE INDEX "Commitment_khoiId_year_status_idx" ON "Commitment"("khoiId", "year", "status");

-- CreateIndex
CREATE INDEX "Commitment_coSoId_year_idx" ON "Commitment"("coSoId", "year");

-- CreateIndex
CREATE INDEX "Commitment_chiDoanId_year_idx" ON "Commitment"("chiDoanId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_id_khoiId_key" ON "Commitment"("id", "khoiId");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_memberId_year_key" ON "Commitment"("memberId", "year");

-- AddForeignKey
ALTER TABLE "YouthProject" ADD CONSTRAINT "YouthProject_unitId_khoiId_fkey" FOREIGN KEY ("unitId", "khoiId") REFERENCES "Unit"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouthProject" ADD CONSTRAINT "YouthProject_planId_khoiId_fkey" FOREIGN KEY ("planId", "khoiId") REFERENCES "Plan"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIndicator" ADD CONSTRAINT "ProjectIndicator_projectId_khoiId_fkey" FOREIGN KEY ("projectId", "khoiId") REFERENCES "YouthProject"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIndicator" ADD CONSTRAINT "ProjectIndicator_indicatorId_khoiId_fkey" FOREIGN KEY ("indicatorId", "khoiId") REFERENCES "Indicator"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_khoiId_fkey" FOREIGN KEY ("projectId", "khoiId") REFERENCES "YouthProject"("id", "khoiId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_projectId_khoiId_fkey" FOREIGN KEY ("projectId", "khoiId") REFERENCES "YouthProject"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectJoin" ADD CONSTRAINT "ProjectJoin_projectId_khoiId_fkey" FOREIGN KEY ("projectId", "khoiId") REFERENCES "YouthProject"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberEntry" ADD CONSTRAINT "MemberEntry_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberEntry" ADD CONSTRAINT "MemberEntry_contestId_khoiId_fkey" FOREIGN KEY ("contestId", "khoiId") REFERENCES "Activity"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberEntry" ADD CONSTRAINT "MemberEntry_activityId_khoiId_fkey" FOREIGN KEY ("activityId", "khoiId") REFERENCES "Activity"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_memberId_khoiId_fkey" FOREIGN KEY ("memberId", "khoiId") REFERENCES "Member"("id", "khoiId") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The audit trail and the status timelines are append-only: the app (or anyone holding its
-- database role) cannot rewrite or remove a row (SECURITY.md #25).
-- Prisma's PostgreSQL adapter splits migration scripts on every semicolon, quoted or not, so
-- the one inside the function body is written as the escape \073.
CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''% is append-only'', TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER "StatusChange_append_only" BEFORE UPDATE OR DELETE ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
