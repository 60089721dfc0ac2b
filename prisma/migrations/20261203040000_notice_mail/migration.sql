-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestPending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" TEXT;

-- CreateTable
CREATE TABLE "NoticePreference" (
    "userId" TEXT NOT NULL,
    "khoiId" TEXT,
    "kind" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,
    "digest" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoticePreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "ReminderSetting" (
    "khoiId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "daysBefore" INTEGER[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderSetting_pkey" PRIMARY KEY ("khoiId","kind")
);

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "id" TEXT NOT NULL,
    "khoiId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "reminded" INTEGER NOT NULL,
    "alreadyToday" INTEGER NOT NULL,
    "unreachable" INTEGER NOT NULL,
    "sentById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "name" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "DeadlineReminder_khoiId_createdAt_idx" ON "DeadlineReminder"("khoiId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineReminder_subjectType_subjectId_dueOn_slot_key" ON "DeadlineReminder"("subjectType", "subjectId", "dueOn", "slot");

-- CreateIndex
CREATE INDEX "Activity_active_registrationDeadline_idx" ON "Activity"("active", "registrationDeadline");

-- CreateIndex
CREATE INDEX "Notification_digestPending_userId_idx" ON "Notification"("digestPending", "userId");

-- CreateIndex
CREATE INDEX "Notification_userId_link_createdAt_idx" ON "Notification"("userId", "link", "createdAt");

-- CreateIndex
CREATE INDEX "ReportPeriod_status_dueOn_idx" ON "ReportPeriod"("status", "dueOn");

-- CreateIndex
CREATE INDEX "HonourRound_status_dueOn_idx" ON "HonourRound"("status", "dueOn");

-- AddForeignKey
ALTER TABLE "NoticePreference" ADD CONSTRAINT "NoticePreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security as on every tenant table. Preferences are read and written for their owner
-- in system mode (the unsubscribe link works signed out, and city accounts have no Khối).
ALTER TABLE "NoticePreference" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "NoticePreference"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ReminderSetting" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ReminderSetting"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "DeadlineReminder" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "DeadlineReminder"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
