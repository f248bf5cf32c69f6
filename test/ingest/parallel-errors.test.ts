/**
 * An input error raised inside a worker thread crosses back with its stable code and its catalog
 * code and data (`said`), so the CLI words it in `--lang` as it would a sequential run's error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openText } from '../../src/api/prepare.js';
import { WorkerPool, parallelInput } from '../../src/ingest/parallel.js';
import { renderMessage } from '../../src/messages/catalog.js';
import { InputError } from '../../src/model/input.js';

it("a worker's input error keeps its code and said: worded in Korean as in English", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ca-parallel-errors-'));
  const text = '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n';
  writeFileSync(join(dir, 'gone.csv'), text);
  const opened = openText('gone.csv', text, {});
  // The file goes away between the main thread's open and the worker's: the worker cannot open it.
  rmSync(join(dir, 'gone.csv'));
  const input = parallelInput(opened, 'gone.csv', dir, {}, new WorkerPool(2));
  let err: unknown;
  try {
    await input.pump({ record() {}, reject() {}, warn() {} });
  } catch (e) {
    err = e;
  } finally {
    await input.close?.();
  }
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.code).toBe('FILE_NOT_FOUND');
  expect(e.said?.code).toBe('INPUT_FILE');
  expect(e.message).toBe(renderMessage(e.said!, 'en'));
  expect(renderMessage(e.said!, 'ko')).toMatch(/gone\.csv/);
  expect(renderMessage(e.said!, 'ko')).not.toBe(e.message);
}, 30_000);
