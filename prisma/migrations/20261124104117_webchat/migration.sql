-- CreateTable
CREATE TABLE "WebConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" INTEGER NOT NULL,
    "participantId" INTEGER NOT NULL,
    "resumeHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "WebInvite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PhoneLinkRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "phone" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" INTEGER
);

-- CreateTable
CREATE TABLE "ServiceSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "WebConversation_resumeHash_key" ON "WebConversation"("resumeHash");

-- CreateIndex
CREATE INDEX "WebConversation_conversationId_idx" ON "WebConversation"("conversationId");

-- CreateIndex
CREATE INDEX "WebConversation_participantId_idx" ON "WebConversation"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "WebInvite_tokenHash_key" ON "WebInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "WebInvite_participantId_idx" ON "WebInvite"("participantId");

-- CreateIndex
CREATE INDEX "PhoneLinkRequest_participantId_status_idx" ON "PhoneLinkRequest"("participantId", "status");

