import { z } from 'zod';

/** ISO 8601 date-time with a zone ("Z" or an offset), as packs carry it. */
export const isoDateTime = z.iso.datetime({ offset: true });
