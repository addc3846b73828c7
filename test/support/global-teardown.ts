import { teardown } from './not-run-summary';

export default teardown;
