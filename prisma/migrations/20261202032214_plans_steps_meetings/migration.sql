-- AlterTable
ALTER TABLE "Team" ADD COLUMN "stepCriteria" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "dischargeOutcome" TEXT;
ALTER TABLE "Participant" ADD COLUMN "followUpDeclinedAt" DATETIME;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "cancelledBy" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "outcome" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "outcomeAt" DATETIME;
ALTER TABLE "Meeting" ADD COLUMN "outcomeById" INTEGER;

-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN "optionalItems" TEXT;

-- AlterTable
ALTER TABLE "SubGoal" ADD COLUMN "agency" TEXT;
ALTER TABLE "SubGoal" ADD COLUMN "owner" TEXT;

-- AlterTable
ALTER TABLE "ParticipantStep" ADD COLUMN "reachedAt" DATETIME;

