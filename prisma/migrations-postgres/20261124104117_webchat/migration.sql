-- CreateTable
CREATE TABLE "WebConversation" (
    "id" TEXT NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "participantId" INTEGER NOT NULL,
    "resumeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebInvite" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhoneLinkRequest" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "phone" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,

    CONSTRAINT "PhoneLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceSecret_pkey" PRIMARY KEY ("name")
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

