import type { Lexicon } from './types';

/** Français: greetings and pitches. */
const fr: Lexicon = {
  lang: 'fr',
  birthday: ['joyeux anniversaire', 'bon anniversaire', 'très bon anniversaire', 'excellent anniversaire', 'belle journée d\'anniversaire', 'heureux anniversaire', 'bon anniv', 'joyeux anniv'],
  occasion: ['joyeux noël', 'bonne année', 'bonnes fêtes', 'meilleurs vœux', 'meilleurs voeux', 'bonne et heureuse année', 'joyeuses fêtes', 'joyeuses pâques', 'félicitations pour ton nouveau poste', 'félicitations pour votre nouveau poste', 'félicitations pour ta promotion', 'félicitations pour votre promotion', 'bon anniversaire professionnel'],
  congrats: ['félicitations pour', 'bravo pour', 'toutes mes félicitations', 'félicitations', 'felicitations', 'bravo', 'chapeau'],
  wishFiller: ['joyeux', 'bon', 'bonne', 'belle', 'très', 'excellent', 'excellente', 'anniversaire', 'journée', 'année', 'plein', 'pleins', 'de', 'bonheur', 'santé', 'succès', 'réussite', 'joie', 'amour', 'je', 'te', 'vous', 'souhaite', 'souhaitons', 'souhaiter', 'tous', 'mes', 'nos', 'meilleurs', 'vœux', 'voeux', 'une', 'un', 'la', 'le', 'les', 'et', 'à', 'toi', 'pour', 'cette', 'nouvelle', 'ta', 'ton', 'votre', 'vos', 'profite', 'profitez', 'bien', 'bises', 'bisous', 'amitiés', 'cordialement', 'plein', 'des', 'du', 'poste', 'promotion', 'continuation', 'bonne', 'fête', 'fêtes', 'noël', 'heureuse', 'heureux', 'magnifique', 'superbe', 'merveilleuse', 'merveilleux', 'encore', 'félicitations', 'bravo'],
  salutations: ['bonjour', 'salut', 'coucou', 'cher', 'chère', 'bonsoir', 'monsieur', 'madame'],
  closings: ['cordialement', 'bien à vous', 'bien à toi', 'à bientôt', 'bises', 'amitiés', 'bonne journée'],
  personal: [
    // thanks for wishes received: a reply, not a wish
    'merci', 'nous', 'notre', 'nos', 'souviens', 'souvenez', 'dernière fois', 'la semaine dernière', 'bientôt', 'se voir', 'café', 'déjeuner', 'dîner', 'merci pour', 'ensemble', 'comment va', 'comment était'],
  stopwords: ['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'à', 'au', 'aux', 'en', 'pour', 'par', 'sur', 'avec', 'dans', 'je', 'tu', 'il', 'elle', 'vous', 'ils', 'est', 'sont', 'ce', 'cette', 'qui', 'que', 'ne', 'pas', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'votre', 'vos', 'son', 'sa', 'ses', 'très', 'bien', 'plus', 'j\'ai', 'c\'est', 'me', 'te', 'se', 'y'],
  acquainted: ['comme convenu', 'comme promis', 'ravi de vous avoir rencontré', 'ravi de t\'avoir rencontré', 'suite à notre échange', 'notre conversation'],
  pitch: {
    sell: { 'accompagne les': 0.6, 'je me permets de vous contacter': 0.45, 'pour un échange': 0.55, 'nous sommes une agence': 0.8, 'spécialisée dans': 0.55, 'spécialisés dans': 0.55, 'nous accompagnons': 0.75, 'gratuit': 0.5, 'gratuite': 0.5, 'notre solution': 0.88, 'nos solutions': 0.88, 'notre offre': 0.88, 'nos services': 0.88, 'notre plateforme': 0.85, 'notre agence': 0.88, 'notre logiciel': 0.85, 'nous proposons': 0.85, 'nous aidons les entreprises': 0.9, 'j\'aide les entreprises': 0.9, 'j\'accompagne les entreprises': 0.9, 'augmenter votre chiffre d\'affaires': 0.9, 'essai gratuit': 0.9, 'consultation gratuite': 0.92, 'audit gratuit': 0.92, 'offre spéciale': 0.9, 'remise': 0.6, 'devis': 0.6, 'nos clients': 0.8, 'générer des leads': 0.88 },
    favour: { 'me présenter à': 0.85, 'me mettre en contact': 0.9, 'me recommander': 0.88, 'partager avec votre réseau': 0.95, 'partager avec ton réseau': 0.95, 'partager ce post': 0.9, 'liker mon post': 0.9, 'un petit service': 0.85, 'connaissez-vous quelqu\'un': 0.85, 'connais-tu quelqu\'un': 0.85, 'bonne personne': 0.75 },
    disguised: { 'échange informel': 0.85, 'échanger quelques minutes': 0.9, 'sans engagement': 0.9, 'gagnant-gagnant': 0.9, 'gagnant gagnant': 0.9, 'synergies': 0.85, '15 minutes': 0.85, 'un court appel': 0.92, 'un appel rapide': 0.92, 'un petit appel': 0.9, 'prendre rendez-vous': 0.85, 'un café virtuel': 0.88, 'opportunité de collaboration': 0.85 },
    cta: { 'intéressé ?': 0.5, 'n\'hésitez pas à me contacter': 0.6, 'je serais ravi de vous présenter': 0.8 },
    value: { 'jusqu\'à': 0.3 },
    askObjects: { 'créneau': 0.85, 'appel': 0.88, 'rendez-vous': 0.88, 'réunion': 0.85, 'démo': 0.92, 'démonstration': 0.9, 'échange': 0.72, 'café': 0.75, 'visio': 0.88, 'collaboration': 0.8, 'partenariat': 0.85 },
    askFrames: ['seriez-vous', 'serais-tu', 'auriez-vous', 'aurais-tu', 'pourriez-vous', 'pourrais-tu', 'pourrions-nous', 'peut-on', 'on pourrait', 'j\'aimerais', 'je souhaiterais', 'je voudrais', 'êtes-vous disponible', 'es-tu disponible', 'ouvert à', 'ouverte à', 'disponible pour', 'intéressé par', 'intéressée par'],
    seeking: { 'je cherche de nouveaux clients': 0.85, 'nouveaux clients': 0.85, 'nouveaux projets': 0.85, 'nouvelles missions': 0.85, 'en recherche': 0.6, 'je suis à la recherche': 0.85, 'freelance': 0.6, 'mes services': 0.85 },
    transitions: ['au fait', 'd\'ailleurs', 'par ailleurs', 'à propos', 'ps'],
    possessives: { notre: 0.85, nos: 0.85, mon: 0.55, ma: 0.55, mes: 0.55 },
    productHeads: ['cabinet', 'solution', 'solutions', 'offre', 'plateforme', 'logiciel', 'application', 'produit', 'produits', 'services', 'agence', 'formation', 'webinaire', 'boutique', 'podcast'],
  },
};
export default fr;
