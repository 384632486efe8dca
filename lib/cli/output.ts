// Where the CLI writes: results on stdout (JSON with --json), messages and progress on stderr.
export type Output = {
  json: boolean;
  /** The command's result: JSON with --json, else the text. */
  result(text: string, data: unknown): void;
  /** A line for people: stdout normally, stderr with --json so stdout stays one JSON document. */
  info(line: string): void;
  /** Rewrites the current terminal line (progress), or nothing without a terminal. */
  status(line: string): void;
  /** Ends a status line so the next output starts on a fresh line. */
  endStatus(): void;
  isTerminal: boolean;
  columns: number;
};

export function createOutput(json: boolean, stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Output {
  const isTerminal = Boolean(stderr.isTTY);
  let statusShown = false;
  const clear = () => {
    if (statusShown) stderr.write('\r\x1b[K');
    statusShown = false;
  };
  return {
    json,
    isTerminal,
    columns: stderr.columns || 80,
    result(text, data) {
      clear();
      stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`);
    },
    info(line) {
      clear();
      (json ? stderr : stdout).write(`${line}\n`);
    },
    status(line) {
      if (!isTerminal) return;
      stderr.write(`\r\x1b[K${line}`);
      statusShown = true;
    },
    endStatus() {
      if (statusShown) stderr.write('\n');
      statusShown = false;
    },
  };
}
