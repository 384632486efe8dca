// The help texts of the `pdf-batch` command and of each of its subcommands.
export const COMMANDS = ['submit', 'status', 'list', 'cancel', 'retry', 'release', 'export'] as const;
export type CommandName = (typeof COMMANDS)[number];

const GLOBAL = `Options for every command:
  --server URL            the pdf-batch server (env PDF_BATCH_SERVER or PDF_BATCH_URL; else
                          http://127.0.0.1:$PORT when PORT is set; default http://127.0.0.1:3000)
  --token TOKEN           sent as "Authorization: Bearer TOKEN" (env PDF_BATCH_TOKEN); needed when
                          the server has AUTH_TOKEN set (one of its tokens)
  --json                  machine-readable output on stdout (progress and messages go to stderr)
  --continue-on-failure   exit 0 even when documents failed
  -h, --help              this help`;

const EXIT = `Exit codes: 0 done; 1 one or more documents failed; 2 the command line is wrong;
3 the server refused the request or could not be reached.`;

export const MAIN_HELP = `pdf-batch: send PDFs to a pdf-batch server and take the results out.

Usage: pdf-batch <command> [options]

Commands:
  submit <files or folders...>   upload PDFs as one batch (folders: every *.pdf inside, recursively)
  status <batch_id>              a batch's progress and its failed documents
  list                           the most recent batches
  cancel <id>                    cancel a batch (or one job) that is queued or running
  retry <id>                     queue a batch's failed and cancelled documents (or one job) again
  release <batch_id>             start a held or scheduled batch now
  export <batch_id> -o out.zip   download the batch's results as a ZIP

A batch id may be shortened to its first characters ("status 8ff1cf87") when no other batch's
id starts the same way.

"pdf-batch <command> --help" tells more about each.

${GLOBAL}

${EXIT}`;

export const COMMAND_HELP: Record<CommandName, string> = {
  submit: `Usage: pdf-batch submit <files or folders...> [--name NAME] [--workflow W] [--priority N] [--ocr MODE]
              [--template NAME] [--start-at TIME | --hold] [--notify-email ADDRESS] [--wait]

Uploads the files as one batch. A folder adds every *.pdf under it (recursively); a file named
on the command line is sent whatever its name (the server checks that it is a PDF).

  --name NAME        the batch's name (default: the upload time)
  --workflow W       full_extraction (default), classify or text_only
  --priority N       -100..100; higher runs first (default 0); a negative one as --priority=-5
  --ocr MODE         auto (pages without a usable text layer), off or force (every page);
                     default: the server's OCR setting
  --template NAME    a template saved on the server: its settings for the options not given
  --start-at TIME    start the batch then, not before: 2026-12-05T08:00 (this machine's time)
                     or with an offset, 2026-12-05T08:00Z
  --hold             keep the batch until "pdf-batch release <batch_id>"
  --notify-email A   e-mail the batch's end to A (the server needs SMTP_URL)
  --wait             wait until every document has ended, with a progress bar on a terminal
                     (one line per finished document otherwise); exit 1 if any failed

${GLOBAL}

${EXIT}`,
  status: `Usage: pdf-batch status <batch_id>

Prints the batch's state, its counts and its failed documents; exit 1 if any document failed.

${GLOBAL}`,
  list: `Usage: pdf-batch list [--limit N]

The most recent batches, newest first (--limit 1..100, default 20).

${GLOBAL}`,
  cancel: `Usage: pdf-batch cancel <batch_id or job_id>

Cancels the queued documents at once and stops the running ones.

${GLOBAL}`,
  retry: `Usage: pdf-batch retry <batch_id or job_id>

Queues the failed and cancelled documents of a batch (or one job) again.

${GLOBAL}`,
  release: `Usage: pdf-batch release <batch_id>

Starts a held or scheduled batch now (its files are free to start at once).

${GLOBAL}`,
  export: `Usage: pdf-batch export <batch_id> [-o out.zip] [--include-originals] [--status S[,S]]

Downloads the batch's results as a ZIP (summary.json, summary.csv, and per document its JSON,
text, Markdown and tables). Default file: the batch's name, as the server names the ZIP (e.g. March.zip).

  -o, --output FILE       where to write the ZIP ("-" for stdout)
  --include-originals     add the original PDFs
  --status S[,S]          only documents in these states (completed, failed, cancelled, ...)

${GLOBAL}`,
};
