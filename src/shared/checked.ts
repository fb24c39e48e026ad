import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Keeps a checkbox's or radio's `checked` property in step with state, like `.checked=${live(x)}`,
 * but server-safe. `@lit-labs/ssr` writes a property binding as `checked="false"`, which HTML reads
 * as ticked, so templates pair this element directive (skipped on the server) with `?checked=${x}`
 * (the server's and the parser's initial state). Only for use inside an `<input>` tag.
 */
class CheckedDirective extends Directive {
  render(_checked: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [checked]: [boolean]) {
    const input = part.element as HTMLInputElement;
    // Compare with the live value, not the last one set: the person may have clicked since.
    if (input.checked !== checked) input.checked = checked;
    return noChange;
  }
}

export const syncChecked = directive(CheckedDirective);
