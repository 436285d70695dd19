-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "stepCriteria" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "dischargeOutcome" TEXT,
ADD COLUMN     "followUpDeclinedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelledBy" TEXT,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeAt" TIMESTAMP(3),
ADD COLUMN     "outcomeById" INTEGER;

-- AlterTable
ALTER TABLE "ActionPlan" ADD COLUMN     "optionalItems" TEXT;

-- AlterTable
ALTER TABLE "SubGoal" ADD COLUMN     "agency" TEXT,
ADD COLUMN     "owner" TEXT;

-- AlterTable
ALTER TABLE "ParticipantStep" ADD COLUMN     "reachedAt" TIMESTAMP(3);

