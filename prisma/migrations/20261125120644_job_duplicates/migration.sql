-- AlterTable
ALTER TABLE "jobs" ADD COLUMN "duplicate_of" TEXT;

-- CreateIndex
CREATE INDEX "jobs_duplicate_of_idx" ON "jobs"("duplicate_of");
