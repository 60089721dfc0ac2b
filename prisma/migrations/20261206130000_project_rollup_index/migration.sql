-- The roll-up's count of a Khối's projects (by status, within the window, per cơ sở) from the index alone.
CREATE INDEX "YouthProject_khoiId_status_startsOn_coSoId_idx" ON "YouthProject"("khoiId", "status", "startsOn", "coSoId");
