-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "snoozedAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "snoozedUntil" DATETIME;

