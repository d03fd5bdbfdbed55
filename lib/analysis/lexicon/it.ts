import type { Lexicon } from './types';

/** Italiano: greetings and pitches. */
const it: Lexicon = {
  lang: 'it',
  birthday: ['buon compleanno', 'tanti auguri di buon compleanno', 'buon compleanno in ritardo', 'felice compleanno', 'cento di questi giorni', 'tanti auguri'],
  occasion: ['buon natale', 'buone feste', 'felice anno nuovo', 'buon anno', 'buona pasqua', 'auguri di buon natale', 'congratulazioni per il nuovo ruolo', 'congratulazioni per la promozione', 'complimenti per il nuovo lavoro', 'buon anniversario di lavoro'],
  congrats: ['auguroni', 'tantissimi auguri', 'complimenti per', 'congratulazioni per', 'congratulazioni', 'complimenti', 'auguri', 'bravo', 'brava'],
  wishFiller: ['buon', 'buona', 'tanti', 'tantissimi', 'auguri', 'compleanno', 'giorno', 'giornata', 'anno', 'felice', 'ti', 'le', 'auguro', 'auguriamo', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'di', 'e', 'a', 'per', 'con', 'tuo', 'tua', 'suo', 'sua', 'tutto', 'meglio', 'successo', 'successi', 'salute', 'felicità', 'gioia', 'serenità', 'amore', 'nuovo', 'nuova', 'ruolo', 'lavoro', 'promozione', 'goditi', 'festeggia', 'bellissima', 'bellissimo', 'splendida', 'un', 'abbraccio', 'saluti', 'cari', 'cordiali', 'ancora', 'congratulazioni', 'complimenti', 'questi', 'giorni', 'cento'],
  salutations: ['ciao', 'caro', 'cara', 'gentile', 'buongiorno', 'salve'],
  closings: ['saluti', 'cordiali saluti', 'un abbraccio', 'a presto', 'un saluto'],
  personal: [
    // thanks for wishes received: a reply, not a wish
    'grazie', 'noi', 'nostro', 'nostra', 'ricordi', 'l\'ultima volta', 'la settimana scorsa', 'presto', 'vederci', 'caffè', 'birra', 'pranzo', 'cena', 'grazie per', 'insieme', 'come va', 'com\'è andato'],
  stopwords: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'e', 'o', 'a', 'al', 'in', 'per', 'con', 'che', 'è', 'sono', 'io', 'tu', 'lei', 'mi', 'ti', 'si', 'mio', 'tuo', 'suo', 'non', 'molto', 'più'],
  acquainted: ['come d\'accordo', 'come promesso', 'piacere di averti conosciuto', 'la nostra conversazione'],
  pitch: {
    sell: { 'siamo un\'agenzia': 0.8, 'specializzata in': 0.55, 'specializzati in': 0.55, 'gratuita': 0.5, 'gratuito': 0.5, 'la nostra soluzione': 0.88, 'le nostre soluzioni': 0.88, 'i nostri servizi': 0.88, 'la nostra piattaforma': 0.85, 'la nostra agenzia': 0.88, 'il nostro software': 0.85, 'offriamo': 0.8, 'aiutiamo le aziende': 0.9, 'aiuto le aziende': 0.9, 'aumentare le vendite': 0.88, 'prova gratuita': 0.9, 'consulenza gratuita': 0.92, 'offerta speciale': 0.9, 'sconto': 0.7, 'i nostri clienti': 0.8, 'generare lead': 0.88 },
    favour: { 'presentarmi a': 0.85, 'mettermi in contatto': 0.88, 'raccomandarmi': 0.88, 'condividere con la tua rete': 0.95, 'condividere con la sua rete': 0.95, 'condividere questo post': 0.9, 'un piccolo favore': 0.85, 'conosci qualcuno': 0.85, 'conosce qualcuno': 0.85 },
    disguised: { 'senza impegno': 0.9, 'win-win': 0.9, 'sinergie': 0.85, '15 minuti': 0.85, 'una breve chiamata': 0.92, 'una chiamata veloce': 0.92, 'fissare una call': 0.95, 'fissare un appuntamento': 0.9, 'un caffè virtuale': 0.88, 'scambio di esperienze': 0.8, 'opportunità di collaborazione': 0.85 },
    cta: { 'ti interessa': 0.6, 'le interessa': 0.6, 'non esitare a contattarmi': 0.6 },
    value: { 'fino al': 0.3 },
    askObjects: { 'chiamata': 0.88, 'call': 0.88, 'incontro': 0.8, 'riunione': 0.85, 'demo': 0.92, 'videochiamata': 0.9, 'caffè': 0.75, 'collaborazione': 0.8, 'collaborare': 0.8, 'appuntamento': 0.88 },
    askFrames: ['ti andrebbe', 'le andrebbe', 'potresti', 'potrebbe', 'potremmo', 'avresti', 'avrebbe', 'hai tempo', 'ha tempo', 'mi piacerebbe', 'saresti disponibile', 'sarebbe disponibile', 'interessato a', 'interessata a', 'vorrei'],
    seeking: { 'cerco nuovi clienti': 0.85, 'nuovi clienti': 0.85, 'nuovi progetti': 0.85, 'sto cercando lavoro': 0.85, 'freelance': 0.6, 'i miei servizi': 0.85 },
    transitions: ['a proposito', 'tra l\'altro', 'comunque', 'ps'],
    possessives: { nostra: 0.85, nostro: 0.85, nostri: 0.85, nostre: 0.85, mio: 0.55, mia: 0.55, miei: 0.55 },
    productHeads: ['soluzione', 'soluzioni', 'piattaforma', 'software', 'app', 'prodotto', 'prodotti', 'servizi', 'agenzia', 'corso', 'webinar', 'negozio', 'podcast'],
  },
};
export default it;
