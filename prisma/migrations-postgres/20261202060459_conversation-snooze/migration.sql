-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "snoozedAt" TIMESTAMP(3),
ADD COLUMN     "snoozedUntil" TIMESTAMP(3);

