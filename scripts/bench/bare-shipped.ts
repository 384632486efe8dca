// pdf.js as it comes, for the bench's second reference: bare pdf.js threads in a process of their
// own, started without the engine flags (V8's defaults) and keeping pdf.js's own built-ins
// (bare-pdfjs.ts, kind `shipped`). The bench starts it with the files, threads and warm-up as JSON
// on stdin and reads the pass's figures as JSON from its stdout.
import { spawn } from 'node:child_process';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { runBare, type BarePass } from './bare-pdfjs';

type Request = { files: string[]; threads: number; warmup: string[] };

/** Runs the shipped pass in a child process (Node with tsx only, no V8 flags of ours). */
export async function runShipped(files: string[], threads: number, warmup: string[]): Promise<BarePass> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify({ files, threads, warmup } satisfies Request));
  const [output, code] = await Promise.all([text(child.stdout), new Promise<number | null>((resolve) => child.once('exit', resolve))]);
  if (code !== 0) throw new Error(`the shipped pdf.js pass exited with ${code}`);
  return JSON.parse(output) as BarePass;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const request = JSON.parse(await text(process.stdin)) as Request;
  process.stdout.write(JSON.stringify(await runBare(request.files, request.threads, request.warmup, 'shipped')));
}
