/**
 * Which pause card a held send gets: the full card or the compact one (the finding's title, one
 * question, the buttons). The hook where that is chosen, synchronously at send time, from what
 * the session already knows. Default: always the full card.
 *
 * For the local learning (issue 12): bring what it needs into `ComposerInfo` (the background's
 * answer about the recipient, fetched before the user sends) and install a chooser with
 * `setCardVariantChooser` from the composer guard's set-up. A chooser that throws, or answers
 * anything else, gets the full card.
 */
import type { RuleId, Site } from '../../analysis/types';
import type { ComposerInfo, PersonRef } from '../../messaging/schemas';

export type CardVariant = 'full' | 'compact';

export interface CardVariantInput {
  site: Site;
  /** The recipient, when the page names them. */
  person: PersonRef | null;
  /** The rules that hold this send, strongest first. */
  rules: RuleId[];
  /** The background's last answer about this recipient (null: not known yet). */
  info: ComposerInfo | null;
  /** Cards shown today, this one included. */
  shownToday: number;
  now: number;
}

export type CardVariantChooser = (input: CardVariantInput) => CardVariant;

const fullCard: CardVariantChooser = () => 'full';
let chooser: CardVariantChooser = fullCard;

/** Install the chooser; returns a function that puts the default back. */
export function setCardVariantChooser(next: CardVariantChooser): () => void {
  chooser = next;
  return () => {
    if (chooser === next) chooser = fullCard;
  };
}

export function chooseCardVariant(input: CardVariantInput): CardVariant {
  try {
    return chooser(input) === 'compact' ? 'compact' : 'full';
  } catch {
    return 'full';
  }
}
