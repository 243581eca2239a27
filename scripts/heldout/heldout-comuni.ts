/** A Comune as the expectations name it: official ISTAT spelling, code only where certain. */
export interface HeldoutComune {
  name: string;
  istat?: string;
  province: string;
  region: string;
  /** Invented mail domain of the Comune's offices. */
  domain: string;
}

const c = (name: string, istat: string | undefined, province: string, region: string, domain: string): HeldoutComune => ({ name, istat, province, region, domain });

/** Small and mid-sized Comuni the golden corpus does not use (codes from ISTAT's list; Sardinian codes left out). */
export const HELDOUT_COMUNI = {
  nardo: c('Nardò', '075052', 'LE', 'Puglia', 'comune.nardo.le.it'),
  castelSanGiorgio: c('Castel San Giorgio', '065034', 'SA', 'Campania', 'comune.castelsangiorgio.sa.it'),
  sanPietroAMaida: c('San Pietro a Maida', '079114', 'CZ', 'Calabria', 'comune.sanpietroamaida.cz.it'),
  vicoEquense: c('Vico Equense', '063086', 'NA', 'Campania', 'comune.vicoequense.na.it'),
  santAnastasia: c("Sant'Anastasia", '063072', 'NA', 'Campania', 'comune.santanastasia.na.it'),
  piazzaArmerina: c('Piazza Armerina', '086014', 'EN', 'Sicilia', 'comune.piazzaarmerina.en.it'),
  castrovillari: c('Castrovillari', '078033', 'CS', 'Calabria', 'comune.castrovillari.cs.it'),
  alghero: c('Alghero', undefined, 'SS', 'Sardegna', 'comune.alghero.ss.it'),
  agnone: c('Agnone', '094002', 'IS', 'Molise', 'comune.agnone.is.it'),
  paterno: c('Paternò', '087033', 'CT', 'Sicilia', 'comune.paterno.ct.it'),
  acquaviva: c('Acquaviva delle Fonti', '072001', 'BA', 'Puglia', 'comune.acquavivadellefonti.ba.it'),
  monteSantAngelo: c("Monte Sant'Angelo", '071033', 'FG', 'Puglia', 'comune.montesantangelo.fg.it'),
  cavaDeTirreni: c("Cava de' Tirreni", '065037', 'SA', 'Campania', 'comune.cavadetirreni.sa.it'),
  lauria: c('Lauria', '076042', 'PZ', 'Basilicata', 'comune.lauria.pz.it'),
  melfi: c('Melfi', '076048', 'PZ', 'Basilicata', 'comune.melfi.pz.it'),
  arianoIrpino: c('Ariano Irpino', '064005', 'AV', 'Campania', 'comune.arianoirpino.av.it'),
  bojano: c('Bojano', '070003', 'CB', 'Molise', 'comune.bojano.cb.it'),
  gravina: c('Gravina in Puglia', '072023', 'BA', 'Puglia', 'comune.gravina.ba.it'),
  scalea: c('Scalea', '078138', 'CS', 'Calabria', 'comune.scalea.cs.it'),
  tropea: c('Tropea', '102044', 'VV', 'Calabria', 'comune.tropea.vv.it'),
  ostuni: c('Ostuni', '074012', 'BR', 'Puglia', 'comune.ostuni.br.it'),
  modica: c('Modica', '088006', 'RG', 'Sicilia', 'comune.modica.rg.it'),
  sciacca: c('Sciacca', '084041', 'AG', 'Sicilia', 'comune.sciacca.ag.it'),
  galatina: c('Galatina', '075029', 'LE', 'Puglia', 'comune.galatina.le.it'),
  montepulciano: c('Montepulciano', '052015', 'SI', 'Toscana', 'comune.montepulciano.si.it'),
  sanTeodoroMe: c('San Teodoro', '083090', 'ME', 'Sicilia', 'comune.santeodoro.me.it'),
  reggioCalabria: c('Reggio di Calabria', '080063', 'RC', 'Calabria', 'comune.reggio-calabria.it'),
  rioneroInVulture: c('Rionero in Vulture', '076066', 'PZ', 'Basilicata', 'comune.rioneroinvulture.pz.it'),
  pietrapertosa: c('Pietrapertosa', '076061', 'PZ', 'Basilicata', 'comune.pietrapertosa.pz.it'),
  ciroMarina: c('Cirò Marina', '101008', 'KR', 'Calabria', 'comune.ciromarina.kr.it'),
  calimera: c('Calimera', '075010', 'LE', 'Puglia', 'comune.calimera.le.it'),
  salaConsilina: c('Sala Consilina', '065114', 'SA', 'Campania', 'comune.salaconsilina.sa.it'),
  favara: c('Favara', '084017', 'AG', 'Sicilia', 'comune.favara.ag.it'),
  valva: c('Valva', '065155', 'SA', 'Campania', 'comune.valva.sa.it'),
  locri: c('Locri', '080043', 'RC', 'Calabria', 'comune.locri.rc.it'),
  venafro: c('Venafro', '094052', 'IS', 'Molise', 'comune.venafro.is.it'),
  larino: c('Larino', '070031', 'CB', 'Molise', 'comune.larino.cb.it'),
} satisfies Record<string, HeldoutComune>;
