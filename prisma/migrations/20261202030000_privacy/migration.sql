-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "dischargedAt" DATETIME;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "erasedAt" DATETIME;

-- AlterTable
ALTER TABLE "OutboxItem" ADD COLUMN "toPhone" TEXT;

-- AlterTable
ALTER TABLE "PhoneLinkRequest" ADD COLUMN "codeAttempts" INTEGER;
ALTER TABLE "PhoneLinkRequest" ADD COLUMN "codeExpiresAt" DATETIME;
ALTER TABLE "PhoneLinkRequest" ADD COLUMN "codeHash" TEXT;
ALTER TABLE "PhoneLinkRequest" ADD COLUMN "verifiedAt" DATETIME;

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER,
    "conversationId" INTEGER,
    "teamId" INTEGER,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "requestedAt" DATETIME NOT NULL,
    "requestedById" INTEGER,
    "decidedAt" DATETIME,
    "decidedById" INTEGER,
    "rejectReason" TEXT
);

-- CreateTable
CREATE TABLE "RetentionHold" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "heldById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "releasedAt" DATETIME,
    "releasedById" INTEGER
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "counts" TEXT
);

-- CreateTable
CREATE TABLE "ErasedOptOut" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SlackPost" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conversationId" INTEGER,
    "channelId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "deleteRequestedAt" DATETIME
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

