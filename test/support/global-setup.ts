import { setup } from './not-run-summary';

export default setup;
