/** The fictional people and places of the demo; organisations from open data are in demo-organisations.json. */

export const DEMO_STRUCTURES = [
  { code: '75', departement: '75', name: 'Science Ouverte Paris', address: '12 rue des Envierges', postcode: '75020', city: 'Paris' },
  { code: '77', departement: '77', name: 'Sciences en Seine-et-Marne', address: '5 rue du Château', postcode: '77000', city: 'Melun' },
  { code: '78', departement: '78', name: 'Curieux des Yvelines', address: '18 avenue de Paris', postcode: '78000', city: 'Versailles' },
  { code: '91', departement: '91', name: 'Essonne Sciences Partagées', address: '3 place des Terrasses', postcode: '91000', city: 'Évry-Courcouronnes' },
  { code: '92', departement: '92', name: 'Hauts-de-Seine Culture Scientifique', address: '40 rue Salvador Allende', postcode: '92000', city: 'Nanterre' },
  { code: '93', departement: '93', name: 'Savoirs en Seine-Saint-Denis', address: '7 rue Gabriel Péri', postcode: '93200', city: 'Saint-Denis' },
  { code: '94', departement: '94', name: 'Val-de-Marne Sciences Citoyennes', address: '21 avenue du Général de Gaulle', postcode: '94000', city: 'Créteil' },
  { code: '95', departement: '95', name: 'Val d’Oise Curiosités', address: '2 rue de l’Hôtel de Ville', postcode: '95000', city: 'Cergy' },
] as const;

export const DEMO_PEOPLE = [
  { name: 'Camille Laurent', email: 'camille.laurent@demo.maillage.localhost', structure: '75', role: 'manager' },
  { name: 'Yanis Benali', email: 'yanis.benali@demo.maillage.localhost', structure: '75', role: 'member' },
  { name: 'Inès Moreau', email: 'ines.moreau@demo.maillage.localhost', structure: '75', role: 'observer' },
  { name: 'Thomas Girard', email: 'thomas.girard@demo.maillage.localhost', structure: '93', role: 'manager' },
] as const;

export const SCIENCE_CENTRE = {
  name: 'Espace des sciences du Quartier latin',
  sector: 'scientific',
  address: '10 rue Cuvier',
  postcode: '75005',
  city: 'Paris',
  inseeCode: '75105',
  latitude: 48.8448,
  longitude: 2.3561,
  description: "Centre de culture scientifique qui accueille l'exposition itinérante « Mobilités » à Paris.",
  publics: ['general', 'families', 'school_groups'],
  source: 'demo',
} as const;

/** Local actors a Paris structure would follow; names are fictional. */
export const DEMO_ASSOCIATIONS = [
  { name: 'Vélo Solidaire Belleville', sector: 'social', postcode: '75020', inseeCode: '75120', address: '34 rue de Belleville', latitude: 48.8722, longitude: 2.3795, description: 'Atelier participatif de réparation de vélos et balades urbaines.', publics: ['priority_neighbourhoods', 'youth'], tags: ['vélo', 'mobilité'] },
  { name: 'Centre social Les Envierges', sector: 'social', postcode: '75020', inseeCode: '75120', address: '8 rue des Envierges', latitude: 48.8709, longitude: 2.3887, description: 'Centre social du quartier Belleville – Amandiers.', publics: ['families', 'priority_neighbourhoods', 'seniors'], tags: ['quartier'] },
  { name: 'Exil et Récits', sector: 'social', postcode: '75019', inseeCode: '75119', address: '15 rue de Tanger', latitude: 48.8866, longitude: 2.3722, description: "Ateliers d'écriture avec des personnes exilées : migrations et parcours.", publics: ['newcomers'], tags: ['migration', 'exil'] },
  { name: 'Les Marcheurs de la Goutte d’Or', sector: 'social', postcode: '75018', inseeCode: '75118', address: '22 rue Polonceau', latitude: 48.8857, longitude: 2.3531, description: 'Marches exploratoires et découverte du quartier.', publics: ['priority_neighbourhoods', 'families'], tags: ['marche', 'urbanisme'] },
  { name: 'Accès Cité – mobilité et handicap', sector: 'social', postcode: '75013', inseeCode: '75113', address: '60 avenue d’Ivry', latitude: 48.8232, longitude: 2.3637, description: "Accessibilité des transports et de l'espace public pour les personnes handicapées.", publics: ['disabilities'], tags: ['accessibilité', 'handicap'] },
  { name: 'Radio Ménilmontant', sector: 'media', postcode: '75020', inseeCode: '75120', address: '3 rue des Panoyaux', latitude: 48.8667, longitude: 2.3862, description: 'Radio associative de quartier.', publics: ['general'], tags: ['média'] },
  { name: 'Mairie du 20e arrondissement', sector: 'institutional', postcode: '75020', inseeCode: '75120', address: '6 place Gambetta', latitude: 48.8651, longitude: 2.3984, description: "Mairie d'arrondissement.", publics: ['general'], tags: ['élu·e·s'] },
  { name: 'Laboratoire Mobilités et Territoires (université partenaire)', sector: 'scientific', postcode: '75013', inseeCode: '75113', address: '5 rue Thomas Mann', latitude: 48.8286, longitude: 2.3812, description: 'Chercheuses et chercheurs en géographie des mobilités.', publics: ['general'], tags: ['recherche', 'transport'] },
  { name: 'Coopérative Roue Libre', sector: 'economic', postcode: '75011', inseeCode: '75111', address: '90 rue Oberkampf', latitude: 48.8655, longitude: 2.3775, description: 'Coopérative de livraison à vélo.', publics: ['job_seekers'], tags: ['vélo', 'emploi'] },
] as const;

/** Stops over 2027, Paris first; each at the local structure of its département. */
export const DEMO_ITINERARY = [
  { departement: '75', installFrom: '2027-01-04', opensOn: '2027-01-11', closesOn: '2027-02-28', removalUntil: '2027-03-03' },
  { departement: '93', installFrom: '2027-03-08', opensOn: '2027-03-13', closesOn: '2027-04-18', removalUntil: '2027-04-21' },
  { departement: '94', installFrom: '2027-04-26', opensOn: '2027-05-01', closesOn: '2027-06-06', removalUntil: '2027-06-09' },
  { departement: '92', installFrom: '2027-06-14', opensOn: '2027-06-19', closesOn: '2027-07-18', removalUntil: '2027-07-21' },
  { departement: '95', installFrom: '2027-09-06', opensOn: '2027-09-11', closesOn: '2027-10-10', removalUntil: '2027-10-13' },
  { departement: '78', installFrom: '2027-10-18', opensOn: '2027-10-23', closesOn: '2027-11-21', removalUntil: '2027-11-24' },
  { departement: '91', installFrom: '2027-11-29', opensOn: '2027-12-04', closesOn: '2028-01-09', removalUntil: '2028-01-12' },
  { departement: '77', installFrom: '2028-01-17', opensOn: '2028-01-22', closesOn: '2028-02-27', removalUntil: '2028-03-01' },
] as const;

export const DEMO_MODULES = [
  { title: "L'individu", description: 'Se déplacer au quotidien : corps, choix, contraintes et imaginaires.' },
  { title: 'La ville et le groupe', description: 'Espaces publics, transports, partage de la rue et vie de quartier.' },
  { title: 'La planète', description: 'Migrations, climat, flux de marchandises et de personnes.' },
] as const;

/** Times are Paris local times; the seeder converts them. */
export const DEMO_EVENTS = [
  { title: 'Balade urbaine : Belleville à pied et à vélo', format: 'urban_walk', status: 'confirmed', venue: 'Vélo Solidaire Belleville', start: '2027-01-16T14:00', end: '2027-01-16T16:30', capacity: 25 },
  { title: 'Café des sciences : la ville accessible à toutes et tous', format: 'science_cafe', status: 'confirmed', venue: 'Accès Cité – mobilité et handicap', start: '2027-01-21T18:30', end: '2027-01-21T20:00', capacity: 40 },
  { title: 'Atelier d’écriture : récits de voyages et d’exils', format: 'workshop', status: 'planned', venue: 'Exil et Récits', start: '2027-02-03T14:00', end: '2027-02-03T17:00', capacity: 15 },
  { title: 'Visite guidée de l’exposition Mobilités', format: 'guided_tour', status: 'confirmed', venue: 'Espace des sciences du Quartier latin', start: '2027-01-13T10:00', end: '2027-01-13T11:30', capacity: 30 },
  { title: 'Débat : demain, comment bougerons-nous dans le 20e ?', format: 'debate', status: 'proposed', venue: 'Mairie du 20e arrondissement', start: '2027-02-10T19:00', end: '2027-02-10T21:00', capacity: 80 },
] as const;
