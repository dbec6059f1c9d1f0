/** Commands for the client's network. Components call these; they never touch the api. */
import type { Input } from '../../../../shared/contract/index';
import { api } from '../../api';

export const networkCommands = {
  add: (input: Input<'network.add'>) => api['network.add'](input),
  update: (input: Input<'network.update'>) => api['network.update'](input),
  remove: (id: string) => api['network.remove']({ id }),
  scoreLoad: (input: Input<'network.scoreLoad'>) => api['network.scoreLoad'](input),
};
