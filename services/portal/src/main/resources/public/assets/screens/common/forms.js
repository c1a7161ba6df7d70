// The one way a screen's form posts and says how it went, so every form clears the previous errors and shows a
// problem+json answer at its fields the same way.

import { clearErrors, setStatus, showProblem } from '../../dom.js';

/**
 * On submit: clears the form's previous errors, calls `send` (the request), then `reload`s the screen and puts `done`
 * in the status line; if the call fails, shows the problem at the form's fields and in the status line instead.
 */
export function submitForm(form, { send, reload, message, done }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await send();
      await reload();
      setStatus(message, done);
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return form;
}
