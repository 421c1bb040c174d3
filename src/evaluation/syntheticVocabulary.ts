/**
 * Word lists of the synthetic knowledge base: French job titles, FAQ topics with question and
 * answer templates, and contexts. Varied on purpose so that entries share some words (as real
 * FAQ entries do) without being copies of each other.
 */

export interface SyntheticJob {
  slug: string;
  /** Ways people name the job; the first is the formal one. */
  names: string[];
  sector: string;
  tools: string[];
}

export interface SyntheticTopic {
  slug: string;
  theme: string;
  /** `{job}` is replaced by a name of the job, `{ctx}` by the context (or nothing). */
  questions: string[];
  answers: string[];
}

export const JOBS: SyntheticJob[] = [
  { slug: 'developpeur-front-end', names: ['développeur front end', 'dev front', 'intégrateur web'], sector: 'numérique', tools: ['React', 'Vue.js', 'CSS', 'TypeScript'] },
  { slug: 'data-scientist', names: ['data scientist', 'scientifique des données'], sector: 'numérique', tools: ['Python', 'pandas', 'statistiques', 'apprentissage automatique'] },
  { slug: 'data-engineer', names: ['data engineer', 'ingénieur données'], sector: 'numérique', tools: ['Spark', 'SQL', 'Airflow', 'entrepôts de données'] },
  { slug: 'devops', names: ['ingénieur DevOps', 'devops'], sector: 'numérique', tools: ['Docker', 'Kubernetes', 'Terraform', 'intégration continue'] },
  { slug: 'architecte-cloud', names: ['architecte cloud', 'architecte solutions'], sector: 'numérique', tools: ['AWS', 'Azure', 'Google Cloud', 'réseaux'] },
  { slug: 'administrateur-systemes', names: ['administrateur systèmes et réseaux', 'admin sys'], sector: 'numérique', tools: ['Linux', 'Windows Server', 'pare-feu', 'supervision'] },
  { slug: 'chef-de-projet-it', names: ['chef de projet informatique', 'chef de projet IT'], sector: 'numérique', tools: ['Jira', 'planning', 'méthodes agiles', 'budget'] },
  { slug: 'product-owner', names: ['product owner', 'PO'], sector: 'numérique', tools: ['backlog', 'user stories', 'Scrum', 'indicateurs produit'] },
  { slug: 'scrum-master', names: ['scrum master', 'coach agile'], sector: 'numérique', tools: ['Scrum', 'Kanban', 'rétrospectives', 'facilitation'] },
  { slug: 'ux-designer', names: ['UX designer', 'designer UX'], sector: 'numérique', tools: ['Figma', 'tests utilisateurs', 'maquettes', 'parcours utilisateur'] },
  { slug: 'ui-designer', names: ['UI designer', 'designer d’interface'], sector: 'numérique', tools: ['Figma', 'Sketch', 'chartes graphiques', 'design system'] },
  { slug: 'testeur-qa', names: ['testeur logiciel', 'ingénieur QA'], sector: 'numérique', tools: ['Selenium', 'Cypress', 'plans de test', 'recette'] },
  { slug: 'expert-cybersecurite', names: ['expert en cybersécurité', 'consultant sécurité'], sector: 'numérique', tools: ['tests d’intrusion', 'ISO 27001', 'SOC', 'cryptographie'] },
  { slug: 'developpeur-mobile', names: ['développeur mobile', 'dev iOS Android'], sector: 'numérique', tools: ['Swift', 'Kotlin', 'Flutter', 'React Native'] },
  { slug: 'consultant-sap', names: ['consultant SAP', 'consultant ERP'], sector: 'numérique', tools: ['SAP', 'ABAP', 'modules finance', 'paramétrage'] },
  { slug: 'consultant-seo', names: ['consultant SEO', 'référenceur'], sector: 'marketing', tools: ['Google Search Console', 'netlinking', 'audit technique', 'contenus'] },
  { slug: 'community-manager', names: ['community manager', 'gestionnaire de communauté'], sector: 'marketing', tools: ['réseaux sociaux', 'calendrier éditorial', 'modération', 'statistiques'] },
  { slug: 'traffic-manager', names: ['traffic manager', 'responsable acquisition'], sector: 'marketing', tools: ['Google Ads', 'Meta Ads', 'tableaux de bord', 'A/B tests'] },
  { slug: 'redacteur-web', names: ['rédacteur web', 'concepteur-rédacteur'], sector: 'communication', tools: ['rédaction', 'SEO', 'CMS', 'relecture'] },
  { slug: 'graphiste', names: ['graphiste', 'designer graphique'], sector: 'communication', tools: ['Photoshop', 'Illustrator', 'InDesign', 'typographie'] },
  { slug: 'motion-designer', names: ['motion designer', 'animateur 2D'], sector: 'communication', tools: ['After Effects', 'Premiere Pro', 'storyboard', 'montage'] },
  { slug: 'traducteur', names: ['traducteur', 'traductrice'], sector: 'langues', tools: ['outils de TAO', 'glossaires', 'relecture', 'localisation'] },
  { slug: 'formateur', names: ['formateur', 'formateur pour adultes'], sector: 'formation', tools: ['ingénierie pédagogique', 'classes virtuelles', 'évaluation', 'Qualiopi'] },
  { slug: 'consultant-rh', names: ['consultant RH', 'consultant en ressources humaines'], sector: 'ressources humaines', tools: ['recrutement', 'SIRH', 'entretiens', 'paie'] },
  { slug: 'chasseur-de-tetes', names: ['chasseur de têtes', 'recruteur indépendant'], sector: 'ressources humaines', tools: ['sourcing', 'LinkedIn', 'entretiens', 'évaluation des candidats'] },
  { slug: 'controleur-de-gestion', names: ['contrôleur de gestion', 'contrôleuse de gestion'], sector: 'finance', tools: ['Excel', 'budgets', 'reporting', 'tableaux de bord'] },
  { slug: 'comptable', names: ['comptable', 'aide-comptable'], sector: 'finance', tools: ['bilans', 'TVA', 'logiciels comptables', 'rapprochements'] },
  { slug: 'auditeur-financier', names: ['auditeur financier', 'auditrice'], sector: 'finance', tools: ['normes IFRS', 'contrôle interne', 'échantillonnage', 'rapports'] },
  { slug: 'daf-temps-partage', names: ['directeur financier à temps partagé', 'DAF externalisé'], sector: 'finance', tools: ['trésorerie', 'levée de fonds', 'prévisionnel', 'banques'] },
  { slug: 'acheteur', names: ['acheteur', 'responsable achats'], sector: 'industrie', tools: ['appels d’offres', 'négociation', 'fournisseurs', 'contrats'] },
  { slug: 'logisticien', names: ['logisticien', 'responsable logistique'], sector: 'industrie', tools: ['WMS', 'flux', 'entrepôts', 'transport'] },
  { slug: 'ingenieur-qualite', names: ['ingénieur qualité', 'responsable qualité'], sector: 'industrie', tools: ['ISO 9001', 'audits', 'indicateurs', 'amélioration continue'] },
  { slug: 'ingenieur-methodes', names: ['ingénieur méthodes', 'technicien méthodes'], sector: 'industrie', tools: ['lean', 'gammes de fabrication', 'AMDEC', 'industrialisation'] },
  { slug: 'ingenieur-electronique', names: ['ingénieur électronique', 'électronicien'], sector: 'industrie', tools: ['cartes électroniques', 'CAO', 'systèmes embarqués', 'tests'] },
  { slug: 'dessinateur-projeteur', names: ['dessinateur projeteur', 'projeteur'], sector: 'industrie', tools: ['SolidWorks', 'AutoCAD', 'plans', 'cotation'] },
  { slug: 'conducteur-de-travaux', names: ['conducteur de travaux', 'chef de chantier'], sector: 'bâtiment', tools: ['planning de chantier', 'sécurité', 'sous-traitants', 'métrés'] },
  { slug: 'economiste-construction', names: ['économiste de la construction', 'métreur'], sector: 'bâtiment', tools: ['chiffrage', 'descriptifs', 'appels d’offres', 'BIM'] },
  { slug: 'architecte-interieur', names: ['architecte d’intérieur', 'décorateur'], sector: 'bâtiment', tools: ['plans 3D', 'matériaux', 'suivi de chantier', 'SketchUp'] },
  { slug: 'diagnostiqueur-immobilier', names: ['diagnostiqueur immobilier', 'diagnostiqueur'], sector: 'immobilier', tools: ['DPE', 'amiante', 'plomb', 'certification'] },
  { slug: 'consultant-energie', names: ['consultant en énergie', 'thermicien'], sector: 'environnement', tools: ['audits énergétiques', 'bilan carbone', 'réglementation thermique', 'simulations'] },
  { slug: 'consultant-rse', names: ['consultant RSE', 'responsable développement durable'], sector: 'environnement', tools: ['reporting extra-financier', 'bilan carbone', 'parties prenantes', 'normes'] },
  { slug: 'coach-professionnel', names: ['coach professionnel', 'coach de dirigeants'], sector: 'accompagnement', tools: ['entretiens', 'outils d’évaluation', 'supervision', 'éthique'] },
  { slug: 'consultant-management', names: ['consultant en management', 'consultant en organisation'], sector: 'conseil', tools: ['diagnostic', 'conduite du changement', 'ateliers', 'processus'] },
  { slug: 'juriste', names: ['juriste d’entreprise', 'juriste'], sector: 'droit', tools: ['contrats', 'RGPD', 'veille juridique', 'contentieux'] },
  { slug: 'dpo', names: ['délégué à la protection des données', 'DPO'], sector: 'droit', tools: ['RGPD', 'registre des traitements', 'analyses d’impact', 'sensibilisation'] },
  { slug: 'infirmier-formateur', names: ['infirmier formateur', 'consultant en santé'], sector: 'santé', tools: ['protocoles de soins', 'formation', 'hygiène', 'qualité des soins'] },
  { slug: 'ergonome', names: ['ergonome', 'consultant en ergonomie'], sector: 'santé', tools: ['postes de travail', 'observations', 'prévention', 'recommandations'] },
  { slug: 'photographe', names: ['photographe', 'photographe professionnel'], sector: 'culture', tools: ['Lightroom', 'éclairage', 'retouche', 'droits d’auteur'] },
  { slug: 'organisateur-evenements', names: ['organisateur d’événements', 'chef de projet événementiel'], sector: 'événementiel', tools: ['prestataires', 'budget', 'logistique', 'communication'] },
  { slug: 'commercial-b2b', names: ['commercial B2B', 'ingénieur d’affaires'], sector: 'commerce', tools: ['prospection', 'CRM', 'négociation', 'grands comptes'] },
  { slug: 'business-developer', names: ['business developer', 'développeur commercial'], sector: 'commerce', tools: ['partenariats', 'prospection', 'LinkedIn', 'pipeline commercial'] },
  { slug: 'consultant-crm', names: ['consultant CRM', 'consultant Salesforce'], sector: 'numérique', tools: ['Salesforce', 'HubSpot', 'automatisation', 'paramétrage'] },
  { slug: 'webmaster', names: ['webmaster', 'gestionnaire de site'], sector: 'numérique', tools: ['WordPress', 'hébergement', 'statistiques de visite', 'mises à jour'] },
  { slug: 'administrateur-bases', names: ['administrateur de bases de données', 'DBA'], sector: 'numérique', tools: ['PostgreSQL', 'Oracle', 'sauvegardes', 'optimisation des requêtes'] },
  { slug: 'ingenieur-ia', names: ['ingénieur en intelligence artificielle', 'ingénieur IA'], sector: 'numérique', tools: ['réseaux de neurones', 'PyTorch', 'modèles de langage', 'MLOps'] },
  { slug: 'consultant-bi', names: ['consultant BI', 'consultant décisionnel'], sector: 'numérique', tools: ['Power BI', 'Tableau', 'ETL', 'modélisation'] },
  { slug: 'technicien-support', names: ['technicien support', 'technicien helpdesk'], sector: 'numérique', tools: ['tickets', 'postes de travail', 'assistance', 'inventaire'] },
  { slug: 'game-designer', names: ['game designer', 'concepteur de jeux vidéo'], sector: 'culture', tools: ['Unity', 'Unreal Engine', 'prototypes', 'level design'] },
];

export const CONTEXTS: { slug: string; text: string }[] = [
  { slug: 'portage', text: 'en portage salarial' },
  { slug: 'freelance', text: 'en freelance' },
  { slug: 'debutant', text: 'quand on débute' },
  { slug: 'reconversion', text: 'après une reconversion' },
  { slug: 'paris', text: 'à Paris' },
  { slug: 'region', text: 'en région' },
  { slug: 'pme', text: 'dans une PME' },
  { slug: 'grand-groupe', text: 'dans un grand groupe' },
  { slug: 'public', text: 'dans le secteur public' },
  { slug: 'senior', text: 'après cinquante ans' },
  { slug: 'temps-partiel', text: 'à temps partiel' },
  { slug: 'etranger', text: 'depuis l’étranger' },
];

export const TOPICS: SyntheticTopic[] = [
  {
    slug: 'definition', theme: 'Le métier',
    questions: ['C’est quoi un {job} {ctx} ?', 'Que fait un {job} {ctx} ?', 'En quoi consiste le métier de {job} {ctx} ?', 'définition {job} {ctx}', 'Le rôle d’un {job} {ctx}, c’est quoi ?', 'Pouvez-vous présenter le métier de {job} {ctx} ?', '{job} {ctx} : de quoi s’agit-il ?', 'Qu’est-ce qu’un {job} {ctx} ?'],
    answers: ['Le {job} intervient dans le secteur {sector} et travaille avec {tool}.', 'Son quotidien mêle {tool} et {tool2}.', 'C’est un métier de terrain autant que d’analyse.'],
  },
  {
    slug: 'formation', theme: 'Formation',
    questions: ['Quelle formation pour devenir {job} {ctx} ?', 'Quelles études faire pour être {job} {ctx} ?', 'Quel diplôme faut-il pour travailler comme {job} {ctx} ?', 'formation {job} {ctx}', 'Comment devenir {job} {ctx} ?', 'Peut-on devenir {job} {ctx} sans diplôme ?', 'Quel parcours suivre pour exercer comme {job} {ctx} ?', 'Quelles écoles mènent au métier de {job} {ctx} ?'],
    answers: ['Plusieurs parcours mènent au métier de {job} : université, école spécialisée ou formation continue.', 'La pratique de {tool} s’apprend souvent en stage.', 'Un bac +3 à bac +5 est courant.'],
  },
  {
    slug: 'competences', theme: 'Compétences',
    questions: ['Quelles compétences faut-il pour être {job} {ctx} ?', 'Quels outils maîtriser quand on est {job} {ctx} ?', 'Faut-il connaître {tool} pour être {job} {ctx} ?', 'compétences {job} {ctx}', 'Quelles qualités pour réussir comme {job} {ctx} ?', 'Quel savoir-faire attend-on d’un {job} {ctx} ?', 'Les prérequis techniques d’un {job} {ctx} ?'],
    answers: ['Un {job} maîtrise {tool} et {tool2}.', 'L’écoute, la rigueur et la curiosité comptent autant que la technique.', 'La veille sur {tool} est indispensable.'],
  },
  {
    slug: 'missions', theme: 'Le métier',
    questions: ['Quelles sont les missions d’un {job} {ctx} ?', 'Au quotidien, que fait un {job} {ctx} ?', 'Quelles tâches confie-t-on à un {job} {ctx} ?', 'missions {job} {ctx}', 'Une journée type de {job} {ctx}, ça ressemble à quoi ?', 'Quelles responsabilités pour un {job} {ctx} ?'],
    answers: ['Ses missions couvrent {tool}, {tool2} et le suivi des clients.', 'Il rend compte de son travail au responsable du projet.', 'Les missions durent de quelques semaines à plusieurs mois.'],
  },
  {
    slug: 'employeurs', theme: 'Emploi',
    questions: ['Qui recrute des {job}s {ctx} ?', 'Où travailler comme {job} {ctx} ?', 'Est-ce facile de trouver un emploi de {job} {ctx} ?', 'recruteurs {job} {ctx}', 'Quels secteurs embauchent des {job}s {ctx} ?', 'Le marché de l’emploi pour un {job} {ctx} est-il bon ?'],
    answers: ['Les entreprises du secteur {sector} recrutent régulièrement des profils de {job}.', 'Les cabinets de conseil et les PME sont aussi demandeurs.', 'Les offres sont nombreuses en CDI comme en mission.'],
  },
  {
    slug: 'evolution', theme: 'Carrière',
    questions: ['Quelles évolutions de carrière pour un {job} {ctx} ?', 'Vers quoi peut évoluer un {job} {ctx} ?', 'Un {job} {ctx} peut-il devenir manager ?', 'évolution {job} {ctx}', 'Quelles perspectives pour un {job} {ctx} ?', 'Après dix ans comme {job} {ctx}, que faire ?'],
    answers: ['Avec l’expérience, un {job} peut encadrer une équipe ou devenir expert de {tool}.', 'Le conseil et la formation sont des évolutions fréquentes.', 'Certains créent leur propre structure.'],
  },
  {
    slug: 'statut', theme: 'Portage salarial',
    questions: ['Quel statut choisir comme {job} {ctx} ?', 'Un {job} {ctx} doit-il être salarié ou indépendant ?', 'Le portage salarial convient-il à un {job} {ctx} ?', 'statut {job} {ctx}', 'Freelance ou portage pour un {job} {ctx} ?', 'Quels avantages du portage salarial pour un {job} {ctx} ?'],
    answers: ['En portage salarial, le {job} reste salarié tout en choisissant ses missions.', 'Il bénéficie de la protection sociale du salariat.', 'Il fixe ses honoraires avec ses clients.'],
  },
  {
    slug: 'clients', theme: 'Portage salarial',
    questions: ['Comment un {job} {ctx} trouve-t-il ses clients ?', 'Où chercher des missions de {job} {ctx} ?', 'Comment prospecter quand on est {job} {ctx} ?', 'trouver des clients {job} {ctx}', 'La société de portage aide-t-elle un {job} {ctx} à trouver des missions ?', 'Quels réseaux pour un {job} {ctx} qui cherche des clients ?'],
    answers: ['Le {job} prospecte lui-même, souvent grâce à son réseau et aux plateformes spécialisées.', 'La société de portage peut le conseiller et le mettre en relation.', 'Les salons du secteur {sector} sont utiles.'],
  },
  {
    slug: 'teletravail', theme: 'Conditions de travail',
    questions: ['Un {job} {ctx} peut-il télétravailler ?', 'Le télétravail est-il courant pour un {job} {ctx} ?', 'Peut-on être {job} {ctx} à distance ?', 'télétravail {job} {ctx}', 'Faut-il se déplacer souvent quand on est {job} {ctx} ?'],
    answers: ['Le télétravail dépend des clients ; beaucoup de missions de {job} se font en partie à distance.', 'Les réunions avec le client restent souvent sur site.', '{tool} se pratique très bien à distance.'],
  },
  {
    slug: 'certification', theme: 'Formation',
    questions: ['Quelles certifications pour un {job} {ctx} ?', 'Une certification {tool} est-elle utile à un {job} {ctx} ?', 'Faut-il être certifié pour exercer comme {job} {ctx} ?', 'certification {job} {ctx}', 'Quelles formations continues pour un {job} {ctx} ?'],
    answers: ['Les certifications sur {tool} sont appréciées des clients.', 'Elles ne sont pas obligatoires pour exercer comme {job}.', 'Le CPF peut financer une partie de la formation.'],
  },
  {
    slug: 'activite-parallele', theme: 'Portage salarial',
    questions: ['Un {job} {ctx} peut-il avoir une autre activité ?', 'Peut-on cumuler un emploi et une activité de {job} {ctx} ?', 'Un {job} {ctx} a-t-il le droit de travailler pour plusieurs clients ?', 'cumul activité {job} {ctx}', 'Faut-il une exclusivité quand on est {job} {ctx} ?'],
    answers: ['Aucune exclusivité n’est exigée, sous réserve des règles de durée du travail.', 'Une clause de non-concurrence peut s’appliquer.', 'Le {job} doit informer son employeur principal.'],
  },
];
