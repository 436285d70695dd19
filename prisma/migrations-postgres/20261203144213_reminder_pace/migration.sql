-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "reminderPace" TEXT NOT NULL DEFAULT 'as-planned';

