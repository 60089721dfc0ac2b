-- AlterTable
ALTER TABLE "PublicQuestion" ADD COLUMN     "dueSoonNoticeAt" TIMESTAMP(3);

