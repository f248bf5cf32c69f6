import { InputError } from '../../src/model/input.js';

/** Runs `fn`, which must throw an {@link InputError}, and returns it for its code and message. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}
