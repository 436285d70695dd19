-- AlterTable
ALTER TABLE "Team" ADD COLUMN "quietHours" TEXT;

-- CreateTable
CREATE TABLE "Nudge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dialog" TEXT,
    "text" TEXT,
    "copyKey" TEXT,
    "copyVars" TEXT,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "outcome" TEXT,
    "claimToken" TEXT,
    "leaseUntil" DATETIME,
    "cancelIfAnswered" BOOLEAN NOT NULL DEFAULT false,
    "scheduleId" INTEGER,
    "meetingId" INTEGER,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "NudgeSchedule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dialog" TEXT,
    "text" TEXT,
    "weekday" INTEGER,
    "timeOfDay" TEXT,
    "everyDays" INTEGER,
    "cadenceKey" TEXT,
    "cadenceStep" INTEGER NOT NULL DEFAULT 0,
    "cadenceCount" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CadenceTemplate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "steps" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "teamId" INTEGER,
    "participantId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME,
    "doneById" INTEGER
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Participant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "phone" TEXT,
    "preferredName" TEXT,
    "language" TEXT NOT NULL DEFAULT 'sv',
    "status" TEXT NOT NULL DEFAULT 'new',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "teamId" INTEGER,
    "coordinatorId" INTEGER,
    "optedOutAt" DATETIME,
    "preferredTimes" TEXT,
    "onboardedAt" DATETIME,
    "remindersOff" BOOLEAN NOT NULL DEFAULT false,
    "unansweredNudges" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Participant_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participant_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Participant" ("coordinatorId", "createdAt", "id", "isDemo", "language", "onboardedAt", "optedOutAt", "phone", "preferredName", "preferredTimes", "status", "teamId", "timezone", "updatedAt") SELECT "coordinatorId", "createdAt", "id", "isDemo", "language", "onboardedAt", "optedOutAt", "phone", "preferredName", "preferredTimes", "status", "teamId", "timezone", "updatedAt" FROM "Participant";
DROP TABLE "Participant";
ALTER TABLE "new_Participant" RENAME TO "Participant";
CREATE UNIQUE INDEX "Participant_phone_key" ON "Participant"("phone");
CREATE INDEX "Participant_teamId_status_idx" ON "Participant"("teamId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Nudge_status_dueAt_idx" ON "Nudge"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Nudge_participantId_status_dueAt_idx" ON "Nudge"("participantId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Nudge_meetingId_status_idx" ON "Nudge"("meetingId", "status");

-- CreateIndex
CREATE INDEX "Nudge_scheduleId_status_idx" ON "Nudge"("scheduleId", "status");

-- CreateIndex
CREATE INDEX "NudgeSchedule_participantId_status_idx" ON "NudgeSchedule"("participantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CadenceTemplate_teamId_key_key" ON "CadenceTemplate"("teamId", "key");

-- CreateIndex
CREATE INDEX "StaffTask_teamId_status_createdAt_idx" ON "StaffTask"("teamId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "StaffTask_participantId_kind_status_idx" ON "StaffTask"("participantId", "kind", "status");

