// The environment of every bench's server (scripts/bench.ts, scale-out.ts): generous limits, which
// only refuse work and do not change how it is done; a failed document is reported rather than
// retried, since the figures are for work done once. MAX_FILE_MB at the most it allows (sizes are
// int4 on Postgres).
export const BENCH_LIMITS = { LOG_LEVEL: 'warn', MAX_FILES_PER_BATCH: '100000', MAX_PAGES: '1000000', MAX_FILE_MB: '2047', MAX_ATTEMPTS: '1' };
