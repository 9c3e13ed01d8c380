// The machine-readable CLI output: the FileReport array as JSON.
import type { Formatter } from '../report';

export const formatJson: Formatter = (reports) => JSON.stringify(reports, null, 2) + '\n';
