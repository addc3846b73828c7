/** Call mode's pages for the staff area: one registrar, listed in bot/staff/pages.ts. */
export { registerCallPages, CALL_ROLES, type CallPageDeps } from './call-pages';
export { callPageDeps } from './deps';
export { registerSmsPages, SMS_ROLES, type SmsPageDeps } from './sms-pages';
