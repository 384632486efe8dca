-- AlterTable
ALTER TABLE "jobs" ADD COLUMN "document_type" TEXT;

-- CreateTable
CREATE TABLE "job_attempts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job_id" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "worker_id" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL,
    "loaded_at" DATETIME,
    "extracted_at" DATETIME,
    "analysed_at" DATETIME,
    "finished_at" DATETIME,
    "outcome" TEXT,
    "error_type" TEXT,
    "error" TEXT,
    CONSTRAINT "job_attempts_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "job_attempts_job_id_attempt_idx" ON "job_attempts"("job_id", "attempt");

-- CreateIndex
CREATE INDEX "jobs_created_at_id_idx" ON "jobs"("created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_status_created_at_id_idx" ON "jobs"("status", "created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_error_type_created_at_id_idx" ON "jobs"("error_type", "created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_document_type_created_at_id_idx" ON "jobs"("document_type", "created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_worker_id_status_created_at_id_idx" ON "jobs"("worker_id", "status", "created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_batch_id_created_at_id_idx" ON "jobs"("batch_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "jobs_ended_covering_idx" ON "jobs"("status", "finished_at", "pages", "processing_ms", "error_type", "document_type");

-- CreateIndex
CREATE INDEX "jobs_started_at_created_at_idx" ON "jobs"("started_at", "created_at");
