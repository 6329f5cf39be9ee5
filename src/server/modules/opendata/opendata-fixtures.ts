/** Files in the open-data formats, written as the publishers write them, for tests and the journey. */

const WALDEC_HEADER =
  'id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;nature;groupement;titre;titre_court;objet;objet_social1;objet_social2;adrs_complement;adrs_numvoie;adrs_repetition;adrs_typevoie;adrs_libvoie;adrs_distrib;adrs_codeinsee;adrs_codepostal;adrs_libcommune;adrg_declarant;adrg_complemid;adrg_complemgeo;adrg_libvoie;adrg_distrib;adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;siteweb;publiweb;observation;position;maj_time';

export type WaldecRow = {
  id: string;
  titre: string;
  objet: string;
  theme?: string;
  postcode: string;
  insee: string;
  street?: string;
  position?: string;
};

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** A 2024-layout waldec file: every field quoted, as the UTF-8 files are from 2025 on. */
export function waldecCsv(rows: WaldecRow[]): string {
  const lines = rows.map((r) =>
    [
      r.id,
      '',
      '',
      '',
      '751P',
      '2019-03-01',
      '2019-03-01',
      '2019-03-16',
      '0001-01-01',
      'D',
      'S',
      r.titre,
      r.titre,
      r.objet,
      r.theme ?? '006030',
      '000000',
      '',
      '12',
      '',
      'RUE',
      r.street ?? 'des Pyrénées',
      '_',
      r.insee,
      r.postcode,
      'Paris',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'FRANCE',
      'PM',
      '',
      '0',
      '',
      r.position ?? 'A',
      '2024-05-02 10:00:00',
    ]
      .map(quote)
      .join(';'),
  );
  return `${WALDEC_HEADER}\n${lines.join('\n')}\n`;
}

/** Associations of the 20th arrondissement and around, for discovery. */
export const PARIS_20_ASSOCIATIONS: WaldecRow[] = [
  {
    id: 'W751000001',
    titre: 'Vélo Cité Ménilmontant',
    objet: 'Promouvoir le vélo et la marche ; ateliers de réparation\net balades urbaines',
    theme: '024000',
    postcode: '75020',
    insee: '75120',
  },
  {
    id: 'W751000002',
    titre: 'Musiques du Monde Belleville',
    objet: 'Concerts et ateliers de musique pour les habitants',
    theme: '006030',
    postcode: '75020',
    insee: '75120',
  },
  {
    id: 'W751000003',
    titre: 'Exil et Accueil',
    objet: 'Accompagner les personnes en exil, migration et droits',
    theme: '019000',
    postcode: '75019',
    insee: '75119',
  },
  { id: 'W751000004', titre: 'Club de bridge du Marais', objet: 'Jouer au bridge', theme: '007000', postcode: '75004', insee: '75104' },
  { id: 'W751000005', titre: 'Ancienne association', objet: 'Dissoute', postcode: '75020', insee: '75120', position: 'D' },
];

const SIRENE_HEADER =
  'siren,nic,siret,etatAdministratifEtablissement,denominationUsuelleEtablissement,enseigne1Etablissement,activitePrincipaleEtablissement,trancheEffectifsEtablissement,numeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,codeCommuneEtablissement,coordonneeLambertAbscisseEtablissement,coordonneeLambertOrdonneeEtablissement';

/** A StockEtablissement extract and its StockUniteLegale: a theatre, a closed shop, a lab without a usual name, one far outside France. */
export function sireneFiles() {
  const establishments = [
    '552100554,00019,55210055400019,A,Théâtre de Belleville,,90.01Z,11,16,PAS,Jouvenet,75020,PARIS 20,75120,655000,6863000',
    '552100555,00011,55210055500011,F,Boutique fermée,,47.11A,00,1,RUE,Fermée,75020,PARIS 20,75120,655100,6863100',
    '552100556,00016,55210055600016,A,,,72.19Z,12,3,RUE,des Sciences,93200,SAINT-DENIS,93066,652000,6869000',
    '552100557,00012,55210055700012,A,Bureau lointain,,70.22Z,01,1,RUE,Loin,75020,PARIS 20,75120,9900000,9900000',
  ];
  const units = [
    'siren,denominationUniteLegale,categorieJuridiqueUniteLegale,identifiantAssociationUniteLegale,economieSocialeSolidaireUniteLegale',
    '552100554,COMPAGNIE DE BELLEVILLE,9220,W751234567,O',
    '552100556,LABORATOIRE DES MOBILITES,7389,,N',
  ];
  return { establishments: `${SIRENE_HEADER}\n${establishments.join('\n')}\n`, units: `${units.join('\n')}\n` };
}
