/**
 * The worker thread that extracts files, so that parsing a large PDF never holds up the
 * window or the server, and a file that hangs or exhausts memory can be stopped by ending
 * its thread.
 */
import { parentPort } from 'node:worker_threads';
import { runExtraction, type ExtractionJob } from './extraction-job';

parentPort!.on('message', (message: { id: number; job: ExtractionJob }) => {
  void runExtraction(message.job).then((outcome) =>
    parentPort!.postMessage({ id: message.id, outcome }),
  );
});
