-- AlterTable
ALTER TABLE "Team" ADD COLUMN "onCallPhone" TEXT;
ALTER TABLE "Team" ADD COLUMN "onCallSlackChannel" TEXT;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "concernReason" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "concernSince" DATETIME;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "secondOpinion" TEXT;

-- CreateTable
CREATE TABLE "OnCallAlert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" INTEGER NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "providerId" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "SafetyLabel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" INTEGER,
    "conversationId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "redactedText" TEXT NOT NULL,
    "screenLevel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "OnCallAlert_status_nextAttemptAt_idx" ON "OnCallAlert"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallAlert_messageId_channel_key" ON "OnCallAlert"("messageId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyLabel_messageId_key" ON "SafetyLabel"("messageId");

-- CreateIndex
CREATE INDEX "SafetyLabel_teamId_createdAt_idx" ON "SafetyLabel"("teamId", "createdAt");

