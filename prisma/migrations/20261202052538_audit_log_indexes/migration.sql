-- The Khối audit log viewer (/khoi/nhat-ky) lists one Khối newest first, filtered by action
-- (refused attempts included), by person or by record. The refusal cap (lib/data/audit.ts) counts
-- one actor's refusals of the last minute. Each filter leads with khoiId, as every read does.
-- CreateIndex
CREATE INDEX "AuditLog_khoiId_action_createdAt_idx" ON "AuditLog"("khoiId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_khoiId_actorId_createdAt_idx" ON "AuditLog"("khoiId", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_khoiId_targetId_createdAt_idx" ON "AuditLog"("khoiId", "targetId", "createdAt");
