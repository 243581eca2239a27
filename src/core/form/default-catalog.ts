import type { CatalogLike } from './catalog-like.ts';

/** The twelve labs of FORM.md, bundled so the form can be built without reading config. */
export const DEFAULT_CATALOG: CatalogLike = {
  labs: [
    { code: 'PO-1', area: 'PO', title: 'Attrattività del lavoro pubblico' },
    { code: 'PO-2', area: 'PO', title: 'Reclutamento' },
    { code: 'PO-3', area: 'PO', title: 'Valorizzazione e retention del personale' },
    { code: 'PO-4', area: 'PO', title: 'PIAO e programmazione delle assunzioni' },
    { code: 'PO-5', area: 'PO', title: 'Contrattazione' },
    { code: 'PO-6', area: 'PO', title: 'Gestione associata di funzioni e servizi' },
    { code: 'PC-1', area: 'PC', title: 'Costruzione del parco progetti' },
    { code: 'PC-2', area: 'PC', title: 'Gestione finanziaria' },
    { code: 'PC-3', area: 'PC', title: 'Procedure e affidamenti' },
    { code: 'PC-4', area: 'PC', title: 'Project management' },
    { code: 'PC-5', area: 'PC', title: 'Monitoraggio e valutazione' },
    { code: 'PC-6', area: 'PC', title: 'Comunicazione e valorizzazione dei progetti finanziati' },
  ],
};
