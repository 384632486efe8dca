-- CreateTable
CREATE TABLE "workers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "threads" INTEGER NOT NULL,
    "ready" INTEGER NOT NULL,
    "busy" INTEGER NOT NULL,
    "started_at" DATETIME NOT NULL,
    "seen_at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "workers_seen_at_idx" ON "workers"("seen_at");
