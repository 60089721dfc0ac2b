-- Thời hạn đọc từ văn bản kế hoạch (issue 17): the date cơ sở send their plan by (hạn gửi kế hoạch
-- của cơ sở) and the report periods to open when the Khối plan is published. Columns of "Plan",
-- whose row-level security (20261202070000_row_level_security) already covers them: no new table.

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "coSoPlanDueOn" DATE,
ADD COLUMN "reportSchedule" JSONB;
