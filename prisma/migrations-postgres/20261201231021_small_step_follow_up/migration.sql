-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "smallStepFollowUp" TEXT;

