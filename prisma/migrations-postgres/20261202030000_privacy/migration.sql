-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "dischargedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxItem" ADD COLUMN     "toPhone" TEXT;

-- AlterTable
ALTER TABLE "PhoneLinkRequest" ADD COLUMN     "codeAttempts" INTEGER,
ADD COLUMN     "codeExpiresAt" TIMESTAMP(3),
ADD COLUMN     "codeHash" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER,
    "conversationId" INTEGER,
    "teamId" INTEGER,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "requestedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "rejectReason" TEXT,

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionHold" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "heldById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "releasedAt" TIMESTAMP(3),
    "releasedById" INTEGER,

    CONSTRAINT "RetentionHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "day" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "counts" TEXT,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "ErasedOptOut" (
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErasedOptOut_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "SlackPost" (
    "id" SERIAL NOT NULL,
    "conversationId" INTEGER,
    "channelId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deleteRequestedAt" TIMESTAMP(3),

    CONSTRAINT "SlackPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ErasureRequest_status_teamId_idx" ON "ErasureRequest"("status", "teamId");

-- CreateIndex
CREATE INDEX "ErasureRequest_participantId_status_idx" ON "ErasureRequest"("participantId", "status");

-- CreateIndex
CREATE INDEX "RetentionHold_participantId_releasedAt_idx" ON "RetentionHold"("participantId", "releasedAt");

-- CreateIndex
CREATE INDEX "SlackPost_conversationId_idx" ON "SlackPost"("conversationId");

-- CreateIndex
CREATE INDEX "SlackPost_deleteRequestedAt_idx" ON "SlackPost"("deleteRequestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SlackPost_channelId_ts_key" ON "SlackPost"("channelId", "ts");

