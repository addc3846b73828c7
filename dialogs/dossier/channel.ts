/** The intake contract's channel enum and locale from the Bot Framework activity. */
import type { DossierSubmission } from '../../adapters/intake/contract';
import type { Locale } from '../messages/format';

type Channel = DossierSubmission['channel'];

const CHANNELS: Record<string, Channel> = {
  emulator: 'webchat',
  test: 'webchat',
  directline: 'webchat',
  webchat: 'webchat',
  msteams: 'teams',
  telegram: 'telegram',
  facebook: 'messenger',
  zalo: 'zalo',
  terminal: 'hotline',
  hotline: 'hotline',
};

export function submissionChannel(channelId: string | undefined): Channel {
  return (channelId && CHANNELS[channelId.toLowerCase()]) || 'other';
}

export function submissionLocale(locale: Locale): DossierSubmission['locale'] {
  return locale === 'en' ? 'en-US' : 'vi-VN';
}
