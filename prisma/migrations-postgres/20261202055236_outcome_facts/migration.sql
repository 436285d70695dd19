-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "guardianContactRequired" BOOLEAN,
ADD COLUMN     "outcomeTargets" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "ageBand" TEXT,
ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "enrolledAt" TIMESTAMP(3),
ADD COLUMN     "gender" TEXT,
ADD COLUMN     "guardianContact" TEXT,
ADD COLUMN     "referralSource" TEXT;

-- CreateIndex
CREATE INDEX "Participant_teamId_coordinatorId_idx" ON "Participant"("teamId", "coordinatorId");

-- CreateIndex
CREATE INDEX "Message_participantId_direction_createdAt_status_authorKind_idx" ON "Message"("participantId", "direction", "createdAt", "status", "authorKind");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Meeting_participantId_createdAt_idx" ON "Meeting"("participantId", "createdAt");

