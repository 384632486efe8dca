-- CreateIndex
CREATE INDEX "jobs_batch_id_started_at_idx" ON "jobs"("batch_id", "started_at");
