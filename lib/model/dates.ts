import { z } from 'zod';
import { BOUNDS } from './bounds';

/** ISO 8601 date-time with a zone ("Z" or an offset), as packs carry it; bounded (its fraction has no limit of its own). */
export const isoDateTime = z.iso.datetime({ offset: true }).max(BOUNDS.dateTime);
