/** The part of the lab catalogue the form needs; the full Catalog type is structurally compatible. */
export interface CatalogLike {
  labs: { code: string; area: 'PO' | 'PC'; title: string }[];
}
