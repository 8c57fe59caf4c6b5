import { t } from './panel-text';
import type { RequestKind } from '../../utils/triage/kinds';

export function kindName(kind: RequestKind | string): string {
  return t(`kind_${kind}`);
}
