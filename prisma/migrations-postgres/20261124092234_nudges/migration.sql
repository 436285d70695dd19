-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "quietHours" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "remindersOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "unansweredNudges" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Nudge" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "dialog" TEXT,
    "text" TEXT,
    "copyKey" TEXT,
    "copyVars" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "outcome" TEXT,
    "claimToken" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "cancelIfAnswered" BOOLEAN NOT NULL DEFAULT false,
    "scheduleId" INTEGER,
    "meetingId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "Nudge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NudgeSchedule" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NudgeSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CadenceTemplate" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "steps" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CadenceTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffTask" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER,
    "participantId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "doneById" INTEGER,

    CONSTRAINT "StaffTask_pkey" PRIMARY KEY ("id")
);

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

