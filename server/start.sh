# How `npm start` and `npm run worker` start the server on Linux and macOS (npm runs their scripts
# with sh there). glibc reads the memory settings (lib/runtime/memory-settings.mjs) only when a
# process starts, so this shell asks start-command.mjs for the command that has them and becomes it
# (exec): the server is the process npm started, a signal npm passes on reaches it, and no launcher
# waits beside it (about 18 MB at the peak of 50 datasheets, docs/benchmarks.md). Started as `node
# server/start.mjs` (so on Windows), the server runs in a child of that process instead.
#   sh server/start.sh [index.ts|worker.ts] [--dev]
command=$(node "$(dirname "$0")/start-command.mjs") || exit
eval "$command"
