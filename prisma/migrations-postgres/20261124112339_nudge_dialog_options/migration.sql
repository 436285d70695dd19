-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN     "dialogOptions" TEXT;

