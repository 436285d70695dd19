-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "recentFlag" TEXT,
ADD COLUMN     "recentFlagAt" TIMESTAMP(3);

