/** Replies cut and shaped to Zalo's limits (pure). */
import { MessageFactory, type Activity } from 'botbuilder';
import { ZALO_MAX_BUTTONS, ZALO_TEXT_LIMIT, renderActivity, splitText } from '../../../../adapters/channels/zalo/render';

const texts = {
  chooseOne: (l: 'vi' | 'en') => (l === 'vi' ? 'Chọn:' : 'Choose:'),
  moreOptions: (l: 'vi' | 'en') => (l === 'vi' ? 'Khác, gõ số:' : 'Others:'),
};

describe('splitText', () => {
  it('keeps every piece within the limit and loses no word', () => {
    const long = Array.from({ length: 400 }, (_, i) => `dòng ${i}: giấy tờ cần có cho thủ tục`).join('\n');
    const pieces = splitText(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= ZALO_TEXT_LIMIT)).toBe(true);
    expect(pieces.join('\n')).toBe(long);
  });
  it('cuts a text with no spaces hard', () => {
    const pieces = splitText('x'.repeat(4500));
    expect(pieces.map((p) => p.length)).toEqual([2000, 2000, 500]);
  });
});

describe('renderActivity', () => {
  it('a short question with choices is one list message with buttons', () => {
    const out = renderActivity(MessageFactory.suggestedActions(['Nam', 'Nữ'], 'Giới tính của bé?') as Partial<Activity>, texts);
    expect(out).toEqual([
      {
        kind: 'message',
        message: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'list',
              elements: [{ title: 'Giới tính của bé?' }],
              buttons: [
                { title: 'Nam', type: 'oa.query.show', payload: 'Nam' },
                { title: 'Nữ', type: 'oa.query.show', payload: 'Nữ' },
              ],
            },
          },
        },
      },
    ]);
  });

  it('at most five buttons; the rest as numbered lines the dialogs accept', () => {
    const choices = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy'];
    const out = renderActivity(MessageFactory.suggestedActions(choices, 'Chọn lĩnh vực') as Partial<Activity>, texts);
    const list = out.at(-1) as { message: { attachment: { payload: { buttons: unknown[]; elements: Array<{ title: string }> } } } };
    expect(list.message.attachment.payload.buttons).toHaveLength(ZALO_MAX_BUTTONS);
    expect(list.message.attachment.payload.elements[0]?.title).toBe('Chọn:');
    expect(out[0]).toEqual({ kind: 'message', message: { text: 'Chọn lĩnh vực\nKhác, gõ số:\n6. Sáu\n7. Bảy' } });
  });

  it('a long question goes as text, then the buttons under a short title', () => {
    const out = renderActivity(MessageFactory.suggestedActions(['Có'], 'a'.repeat(150)) as Partial<Activity>, texts);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ kind: 'message', message: { text: 'a'.repeat(150) } });
  });

  it('a PDF attachment becomes a file to upload, a photo an image, after the words', () => {
    const pdf = Buffer.from('%PDF-1.4 checklist');
    const out = renderActivity(
      {
        type: 'message',
        text: 'Danh sách giấy tờ',
        attachments: [
          {
            contentType: 'application/pdf',
            name: 'giay-to-can-co.pdf',
            contentUrl: `data:application/pdf;base64,${pdf.toString('base64')}`,
          },
          { contentType: 'image/png', content: Buffer.from('png') },
          { contentType: 'application/zip', contentUrl: 'data:application/zip;base64,AAAA' },
        ],
      },
      texts,
    );
    expect(out.map((o) => o.kind)).toEqual(['message', 'file', 'image']);
    expect(out[1]).toMatchObject({ kind: 'file', name: 'giay-to-can-co.pdf', contentType: 'application/pdf' });
    expect((out[1] as { bytes: Buffer }).bytes.equals(pdf)).toBe(true);
  });

  it('speaks English to an English conversation', () => {
    const out = renderActivity(
      { ...MessageFactory.suggestedActions(['Yes'], 'b'.repeat(120)), locale: 'en-US' } as Partial<Activity>,
      texts,
    );
    expect(JSON.stringify(out)).toContain('Choose:');
  });
});
