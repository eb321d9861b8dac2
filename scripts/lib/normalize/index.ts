import { dedupeOperationIds } from "./dedupe-operation-ids";
import { defineMissingSchemas } from "./define-missing-schemas";
import { dropAnyOfDuplicatingOneOf } from "./drop-anyof-duplicating-oneof";
import { dropRefBesideAnyOf } from "./drop-ref-beside-anyof";
import { hoistInlineDefs } from "./hoist-inline-defs";
import type { Normalization } from "./normalization";

export type { Normalization } from "./normalization";

/** Repairs applied to the merged server spec before the overlay. */
export const structuralNormalizations: Normalization[] = [
  dedupeOperationIds,
  hoistInlineDefs,
  dropRefBesideAnyOf,
  dropAnyOfDuplicatingOneOf,
];

/** Repairs applied after the overlay, which may define what the server left undefined. */
export const finalNormalizations: Normalization[] = [defineMissingSchemas];
