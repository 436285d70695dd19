-- CreateIndex
CREATE INDEX "Participant_teamId_coordinatorId_enrolledAt_createdAt_dischargedAt_dischargeOutcome_gender_birthYear_ageBand_idx" ON "Participant"("teamId", "coordinatorId", "enrolledAt", "createdAt", "dischargedAt", "dischargeOutcome", "gender", "birthYear", "ageBand");

-- CreateIndex
CREATE INDEX "Meeting_participantId_startsAt_status_outcome_idx" ON "Meeting"("participantId", "startsAt", "status", "outcome");

-- CreateIndex
CREATE INDEX "ParticipantStep_participantId_reachedAt_createdAt_step_idx" ON "ParticipantStep"("participantId", "reachedAt", "createdAt", "step");

-- CreateIndex
CREATE INDEX "Nudge_participantId_status_processedAt_kind_idx" ON "Nudge"("participantId", "status", "processedAt", "kind");

