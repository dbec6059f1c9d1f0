import type { ClientStatus } from '../../../../shared/schema/index';
import { CLIENT_STATUS_LABEL } from '../../app/labels';

export function StatusBadge({ status }: { status: ClientStatus }) {
  return <span className={`badge badge--status-${status}`}>{CLIENT_STATUS_LABEL[status]}</span>;
}
