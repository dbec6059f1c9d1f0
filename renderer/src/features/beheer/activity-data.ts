/** Activity types (Beheer → Activiteiten). Components call these; they never touch the api. */
import type { Input } from '../../../../shared/contract/index';
import { api } from '../../api';

export const activityCommands = {
  update: (code: string, patch: Input<'activities.update'>['patch']) => api['activities.update']({ code, patch }),
};
