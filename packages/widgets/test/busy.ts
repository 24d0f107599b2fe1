import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * Asserts that a busy button keeps focus, then presses it again with Enter and Space.
 * The button must be focused inside `host`, marked busy and unavailable (`aria-busy` on
 * it or on its form, `aria-disabled`), and never `disabled`: a disabled button that has
 * focus drops it to the page. The caller checks that the presses were ignored.
 */
export async function expectBusyKeepsFocus(host: HTMLElement, button: HTMLButtonElement): Promise<void> {
  expect(button.disabled, 'disabled').to.equal(false);
  expect(button.getAttribute('aria-disabled')).to.equal('true');
  expect(button.closest('[aria-busy="true"]'), 'marked busy').to.not.equal(null);
  expect(host.shadowRoot!.activeElement === button, 'focus on the button').to.equal(true);
  expect(document.activeElement === host, 'focus in the widget').to.equal(true);
  await sendKeys({ press: 'Enter' });
  await sendKeys({ press: 'Space' });
  expect(host.shadowRoot!.activeElement === button, 'focus still on the button').to.equal(true);
}
