-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "onboardedAt" DATETIME;
ALTER TABLE "Participant" ADD COLUMN "preferredTimes" TEXT;

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "mood" INTEGER,
    "betterBecause" TEXT,
    "sleep" TEXT,
    "food" TEXT,
    "movement" TEXT,
    "smallStep" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckIn_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MappingAnswer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MappingAnswer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SelfRating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "batteryId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "score" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SelfRating_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckIn_participantId_createdAt_idx" ON "CheckIn"("participantId", "createdAt");

-- CreateIndex
CREATE INDEX "MappingAnswer_participantId_topic_createdAt_idx" ON "MappingAnswer"("participantId", "topic", "createdAt");

-- CreateIndex
CREATE INDEX "SelfRating_participantId_statement_createdAt_idx" ON "SelfRating"("participantId", "statement", "createdAt");

