import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../lib/analysis';
import { cueItems } from '../../../lib/content/composer/cue';

const DAY = 86_400_000;

describe('what the cue and the card say about a long silence', () => {
  const story = 'Happy birthday, Dora! By the way, could you introduce me to your head of engineering? We are hiring.';
  const now = new Date(2026, 11, 5, 12).getTime();
  const days = Math.round((now - new Date(2023, 2, 16, 12).getTime()) / DAY);

  it('names the month and year of the last exchange and the person, as the story behind Taktvoll tells it', () => {
    const context = { site: 'linkedin' as const, surface: 'message' as const, occasion: 'birthday' as const, firstMessage: false, recipient: { name: 'Dora Schmidt' }, lastExchangeDaysAgo: days };
    const finding = analyzeDraft(story, context).find((f) => f.rule === 'greeting-pretext');
    expect(finding?.data).toMatchObject({ silenceDays: days, name: 'Dora' });
    const [item] = cueItems(story, [finding!], now);
    expect(item!.detail).toMatch(/^You and Dora last wrote to each other in March 2023 — a wish that leads into a request \(“.+”\)/);
    expect(item!.detail).toContain('introduce me');
  });

  it('keeps the analyzer\'s own wording when it does not know the name', () => {
    const context = { site: 'linkedin' as const, surface: 'message' as const, occasion: 'birthday' as const, firstMessage: false, lastExchangeDaysAgo: days };
    const finding = analyzeDraft(story, context).find((f) => f.rule === 'greeting-pretext');
    expect(finding?.data?.name).toBeUndefined();
    expect(cueItems(story, [finding!], now)[0]!.detail).toMatch(/^It's been 3 years since you last wrote to each other/);
  });
});
