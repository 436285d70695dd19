-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "onCallPhone" TEXT,
ADD COLUMN     "onCallSlackChannel" TEXT;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "concernReason" TEXT,
ADD COLUMN     "concernSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "secondOpinion" TEXT;

-- CreateTable
CREATE TABLE "OnCallAlert" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "providerId" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OnCallAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyLabel" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER,
    "conversationId" INTEGER NOT NULL,
    "messageId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "redactedText" TEXT NOT NULL,
    "screenLevel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "staffId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafetyLabel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OnCallAlert_status_nextAttemptAt_idx" ON "OnCallAlert"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OnCallAlert_messageId_channel_key" ON "OnCallAlert"("messageId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyLabel_messageId_key" ON "SafetyLabel"("messageId");

-- CreateIndex
CREATE INDEX "SafetyLabel_teamId_createdAt_idx" ON "SafetyLabel"("teamId", "createdAt");

