import { html, type ReactiveControllerHost } from 'lit';

/** What the live region says, and why. */
interface Announcement {
  readonly message: string;
  /** What the message is about (for example `error`), so it can be withdrawn when that is fixed. */
  readonly topic?: string;
  /** False when the same words already show elsewhere on screen: screen readers only. */
  readonly visible: boolean;
  /** Counts announcements, so the same words said twice still change the region and are heard again. */
  readonly serial: number;
}

/**
 * A widget's polite live region. Its state is data (message, topic, a serial number), never read
 * back from the text, so repeating a message, hiding it or withdrawing it never depends on wording.
 */
export class Announcer {
  private current: Announcement = { message: '', visible: true, serial: 0 };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Says `message` now, even when it is the same as the last one. */
  announce(message: string, { topic, visible = true }: { topic?: string; visible?: boolean } = {}): void {
    this.current = { message, topic, visible, serial: this.current.serial + 1 };
    this.host.requestUpdate();
  }

  /** Empties the region; with a topic, only when the message on it is about that topic. */
  clear(topic?: string): void {
    if (topic !== undefined && this.current.topic !== topic) return;
    if (this.current.message === '') return;
    this.current = { message: '', visible: true, serial: this.current.serial };
    this.host.requestUpdate();
  }

  /** The message in the region now ('' when quiet). */
  get message(): string {
    return this.current.message;
  }

  /**
   * The region. Every other announcement ends in a no-break space, so a repeat is a changed text node
   * that screen readers read again; a screen-reader-only message is visually hidden (`.quiet`).
   */
  render(part = 'status') {
    const { message, visible, serial } = this.current;
    const text = message && serial % 2 === 0 ? `${message}\u00a0` : message;
    return html`<div part=${part} class="status ${visible && message ? '' : 'quiet'}" role="status">${text}</div>`;
  }
}
