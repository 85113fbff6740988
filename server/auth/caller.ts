import type { Role } from '../../lib/model/index.ts';

/** Who is asking: resolved from a token, for one request. */
export type Caller = {
  userId: string;
  name: string;
  email: string | null;
  role: Role;
  /** Sorted team ids. */
  teamIds: string[];
  accessRev: number;
  tokenId: string;
};
