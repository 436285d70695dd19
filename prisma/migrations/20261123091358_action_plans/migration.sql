-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "mainActivity" TEXT NOT NULL,
    "weeklySchedule" TEXT,
    "nextFollowUpAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionPlan_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubGoal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SubGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubGoalUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subGoalId" INTEGER NOT NULL,
    "progress" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubGoalUpdate_subGoalId_fkey" FOREIGN KEY ("subGoalId") REFERENCES "SubGoal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ParticipantStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "participantId" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "note" TEXT,
    "setById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ParticipantStep_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ActionPlan_participantId_status_idx" ON "ActionPlan"("participantId", "status");

-- CreateIndex
CREATE INDEX "SubGoal_planId_position_idx" ON "SubGoal"("planId", "position");

-- CreateIndex
CREATE INDEX "SubGoalUpdate_subGoalId_createdAt_idx" ON "SubGoalUpdate"("subGoalId", "createdAt");

-- CreateIndex
CREATE INDEX "ParticipantStep_participantId_createdAt_idx" ON "ParticipantStep"("participantId", "createdAt");

