import { describe, expect, it } from 'vitest';
import { extractEml, NOT_EMAIL } from '../../../src/main/importers/extract-eml';
import type { LetterDraft } from '../../../src/main/importers/drafts';
import { makeEmail, makePdf } from './fixtures';

describe('e-mail extraction', () => {
  it('reads sender, date (the sender’s day), subject, body and attachments', async () => {
    const scan = await makePdf({ pages: ['Хаттың сканы'] });
    const bytes = makeEmail({
      from: 'Айгүл Кушакбаева|aigul@example.org',
      subject: 'Нұрланнан хат келді',
      date: 'Tue, 12 Mar 2024 01:15:00 +0500',
      body: 'Сәлеметсіз бе! Нұрлан Кушакбаевтан хат келді, сканын жібердім.',
      attachment: { name: 'скан-хат.pdf', type: 'application/pdf', bytes: scan },
    });
    const { draft, mediaType } = await extractEml(bytes, 'letter.eml');
    const letter = draft as LetterDraft;
    expect(mediaType).toBe('message/rfc822');
    expect(letter).toMatchObject({
      kind: 'letter',
      sender: 'Айгүл Кушакбаева',
      senderAddress: 'aigul@example.org',
      subject: 'Нұрланнан хат келді',
      date: '2024-03-12',
      recipients: ['support@example.org'],
    });
    expect(letter.body).toContain('Кушакбаевтан хат келді');
    expect(letter.attachments).toHaveLength(1);
    expect(letter.attachments[0]).toMatchObject({
      name: 'скан-хат.pdf',
      mediaType: 'application/pdf',
    });
    expect(Buffer.from(letter.attachments[0].bytes).equals(scan)).toBe(true);
  });

  it('refuses text that is not an e-mail, and binary data', async () => {
    await expect(extractEml(Buffer.from('Бұл жай мәтін, хат емес.'), 'x.eml')).rejects.toThrow(
      NOT_EMAIL,
    );
    await expect(extractEml(Buffer.from([0, 159, 146, 150, 0, 1]), 'y.eml')).rejects.toThrow(
      'This file is not text.',
    );
  });
});
