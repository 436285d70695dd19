-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "recentFlag" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "recentFlagAt" DATETIME;

