-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "mainActivity" TEXT NOT NULL,
    "weeklySchedule" TEXT,
    "nextFollowUpAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubGoal" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubGoalUpdate" (
    "id" SERIAL NOT NULL,
    "subGoalId" INTEGER NOT NULL,
    "progress" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubGoalUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantStep" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "note" TEXT,
    "setById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipantStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_participantId_status_idx" ON "ActionPlan"("participantId", "status");

-- CreateIndex
CREATE INDEX "SubGoal_planId_position_idx" ON "SubGoal"("planId", "position");

-- CreateIndex
CREATE INDEX "SubGoalUpdate_subGoalId_createdAt_idx" ON "SubGoalUpdate"("subGoalId", "createdAt");

-- CreateIndex
CREATE INDEX "ParticipantStep_participantId_createdAt_idx" ON "ParticipantStep"("participantId", "createdAt");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubGoal" ADD CONSTRAINT "SubGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubGoalUpdate" ADD CONSTRAINT "SubGoalUpdate_subGoalId_fkey" FOREIGN KEY ("subGoalId") REFERENCES "SubGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStep" ADD CONSTRAINT "ParticipantStep_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

