/**
 * Speech acts, by structure rather than by phrase: the closed-class words that make a sentence a
 * request to the recipient, an offer by the sender, a favour, a plea or a statement of wish, per
 * language. Each list is small and grammatical (pronouns, modal forms, the verbs of asking and
 * offering); rules/acts.ts combines them per sentence, so "Könnten Sie meinen Beitrag teilen?" and
 * "Would you mind sharing my post?" are the same act without either sentence being on a list.
 * Words are in natural spelling (matching folds case and accents); a trailing `*` matches any
 * ending; entries with spaces are phrases.
 */
import type { Lang } from './types';

export interface Acts {
  /** Forms that address the recipient. */
  you: string[];
  /** The sender speaking of themselves. */
  me: string[];
  /** Modal, conditional and "are you open/free/up for" forms: with the recipient as subject, a request. */
  modals: string[];
  /** Verbs of telling: "could you tell me …?" asks for an answer in a reply, not an action. */
  telling: string[];
  /** Verbs of offering, showing, sending, selling. */
  offer: string[];
  /** Favours beyond a reply: share, vote, donate, recommend, introduce, join, test, review … */
  favour: string[];
  /** A plea: the sender's hard times or availability, told to set up an ask. */
  plea: string[];
  /** Statements of wish that carry an ask ("I'd love to", "würde mich freuen"). */
  wish: string[];
  /** Sentence-initial imperatives that ask for an action. */
  imperative: string[];
}

export const ACTS: Record<Lang, Acts> = {
  en: {
    you: ['you', 'your', 'yours', 'yourself', 'u', 'ya', "you're", "you'd", "you've"],
    me: ['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our', 'me', 'us'],
    modals: ['could', 'would', 'can', 'will', 'mind', 'willing', 'open', 'up for', 'interested', 'free', 'available', 'fancy', 'keen', 'any chance', 'have time', 'got time'],
    telling: ['tell', 'say', 'explain', 'clarify', 'confirm', 'know whether', 'know if', 'remember'],
    offer: ['offer*', 'provid*', 'help*', 'support*', 'show you', 'send you', 'invit*', 'walk you through', 'demo', 'quote', 'deliver*', 'sell*', 'specializ*', 'specialis*', 'partner with', 'work with', 'place*', 'supply', 'launch*', 'built', 'building', 'book*', 'discount', 'free trial', 'free audit', 'free consultation', 'sample'],
    favour: ['you know where to find me', 'let me know', 'keep me posted', 'ping me', 'give me a shout', 'drop me a line', 'a favour', 'a favor', 'put in a good word', 'good word', 'something for us', 'anything for us', 'any openings', 'any roles', 'are you hiring', 'taking on', 'in touch with', 'your contact', 'the contact', 'shar*', 'repost*', 'like my', 'like our', 'follow*', 'subscrib*', 'vote', 'voting', 'donat*', 'sponsor*', 'chip in', 'contribut*', 'sign the', 'endors*', 'recommend me', 'recommendation', 'refer me', 'referral', 'introduc*', 'connect me', 'put me in touch', 'pass on', 'pass along', 'pass my', 'forward*', 'review', 'test*', 'try out', 'feedback', 'mentor*', 'interview', 'survey', 'questionnaire', 'fill in', 'fill out', 'join', 'sign up', 'register', 'rsvp', 'spread the word', 'pick your brain', 'keep me in mind', 'think of me', 'hear of', 'hear about', 'know anyone', 'know someone', 'who handles', 'right person', 'best person', 'who is responsible', 'reference', 'testimonial'],
    plea: ['back on the market', 'on the market', 'my contract ends', 'things are slow', 'business is slow', 'lost two', 'tough times', 'quiet', 'slow', 'laid off', 'let go', 'lost my job', 'redundant', 'looking for work', 'looking for a job', 'looking for new', 'job search', 'open to work', 'between jobs', 'available again', 'capacity', 'my cv', 'my resume', 'my portfolio', 'openings', 'opening', 'hiring', 'tough year', 'rough year'],
    wish: ["i'd love", 'i would love', "i'd like", 'i would like', "i'd appreciate", 'i would appreciate', "i'd be grateful", 'would mean a lot', 'would mean the world', 'would be great if', 'hoping you could', 'love to have you', 'love your support', 'would love to', "we'd love"],
    imperative: ['check', 'join', 'vote', 'book', 'grab', 'sign', 'register', 'reply', 'click', 'visit', 'follow', 'share', 'like', 'donate', 'support', 'try', 'use', 'claim', 'save', 'message', 'dm', 'drop', 'shoot', 'hit', 'tap', 'swing', 'contact', 'keep', 'let'],
  },
  de: {
    you: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure', 'euren', 'eurem', 'ihr', 'sie', 'ihnen', 'ihre', 'ihren', 'ihrem', 'ihrer'],
    me: ['ich', 'wir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'mich', 'mir', 'uns'],
    modals: ['könnten', 'würden', 'können', 'kannst', 'könntest', 'würdest', 'magst', 'möchtest', 'möchten', 'hättest', 'hätten', 'hast du zeit', 'haben sie zeit', 'wollen', 'willst', 'wärst', 'wären', 'lust', 'bereit', 'interesse', 'darf ich', 'dürfte ich'],
    telling: ['sagen', 'erklären', 'verraten', 'bestätigen', 'erzählen', 'mitteilen', 'wissen sie', 'weißt du'],
    offer: ['biete*', 'anbiet*', 'angebot*', 'helfe', 'helfen', 'unterstütze', 'unterstützen', 'zeige', 'zeigen', 'schicke', 'schicken', 'sende', 'einlad*', 'lade', 'vorstell*', 'stelle', 'begleit*', 'liefer*', 'verkauf*', 'vermittl*', 'berat*', 'spezialisiert', 'arbeiten mit', 'arbeite mit', 'kostenlos*', 'gratis', 'rabatt', 'probepaket', 'muster'],
    favour: ['weißt du ja, wo du mich findest', 'wissen sie ja, wo sie mich finden', 'wo du mich findest', 'wo sie mich finden', 'gib mir bescheid', 'gib bescheid', 'sag bescheid', 'sag mir bescheid', 'geben sie mir bescheid', 'sagen sie bescheid', 'melde dich', 'melden sie sich', 'einen gefallen', 'gefallen tun', 'gutes wort', 'etwas für uns', 'was für uns', 'etwas für mich', 'was für mich', 'noch plätze', 'noch leute', 'noch jemanden', 'stelle frei', 'ebbes frei', 'kontakt von', 'den kontakt', 'tipps', 'teil*', 'geteilt', 'repost*', 'liken', 'like', 'folg*', 'abonnier*', 'stimme', 'stimmen', 'abstimm*', 'voting', 'spend*', 'sponsor*', 'unterstützen', 'unterschreib*', 'petition', 'empfehl*', 'weiterempfehl*', 'vorstell*', 'vermittel*', 'in kontakt', 'weiterleit*', 'weitergeb*', 'bewert*', 'rezension', 'test*', 'ausprobier*', 'feedback', 'mentor*', 'interview*', 'umfrage', 'fragebogen', 'ausfüll*', 'teilnehm*', 'beitret*', 'tritt', 'anmeld*', 'vorbeikomm*', 'vorbeischau*', 'weitersagen', 'weitererzählen', 'denk an mich', 'an mich denken', 'denken sie an mich', 'im hinterkopf', 'etwas hörst', 'etwas hören', 'was hörst', 'was mitbekommst', 'jemanden kennst', 'jemanden kennen', 'kennst du jemanden', 'kennen sie jemanden', 'zuständig', 'ansprechpartner', 'richtige person', 'referenz', 'empfehlungsschreiben'],
    plea: ['kündigung', 'insolvenz', 'halb leer', 'auftragsbücher', 'kämpfen', 'suche', 'sucht', 'ruhig', 'flaute', 'schwierig', 'gekündigt', 'arbeitslos', 'stelle fällt weg', 'auf der suche', 'jobsuche', 'kapazität*', 'wieder frei', 'wieder verfügbar', 'selbstständig', 'selbständig', 'aufträge', 'auftragslage', 'lebenslauf', 'bewerbung', 'kurzarbeit', 'umorientier*', 'neue herausforderung'],
    wish: ['würde mich freuen', 'würde mich sehr freuen', 'würde mich riesig freuen', 'würden uns freuen', 'würden uns sehr freuen', 'freue mich über', 'freuen uns über', 'wäre toll', 'wäre super', 'wäre schön', 'wäre mega', 'wäre klasse', 'dankbar', 'gerne würde ich', 'gern würde ich', 'ich würde gern', 'ich würde gerne', 'möchte ich ihnen', 'möchte ich dir', 'ich möchte ihnen', 'ich möchte dir', 'es würde mich freuen', 'würde mir helfen', 'würde uns helfen', 'würde uns sehr helfen'],
    imperative: ['schau', 'schaut', 'schauen', 'tritt', 'stimm', 'stimmt', 'buch', 'bucht', 'buchen', 'sichern', 'sichere', 'melde', 'meld', 'melden', 'antworte', 'antworten', 'klick', 'klicken', 'besuch', 'besuche', 'besuchen', 'folge', 'folgt', 'teile', 'teilt', 'spende', 'spendet', 'probier', 'probiere', 'nutze', 'nutzen', 'nutzt', 'hol', 'hole', 'schreib', 'schreibe', 'schick', 'komm', 'kommt', 'kommen', 'kontaktieren', 'ruf', 'rufen', 'sag', 'sagt', 'gib', 'lass', 'lasst'],
  },
  fr: {
    you: ['vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes', 'te', "t'"],
    me: ['je', "j'", 'nous', 'mon', 'ma', 'mes', 'notre', 'nos', 'moi', 'me', "m'"],
    modals: ['pourriez', 'pourrais', 'pouvez', 'peux', 'voudriez', 'voudrais', 'accepteriez', 'accepterais', 'seriez', 'serais', 'auriez', 'aurais', 'disponible', 'dispo', 'intéressé', 'intéressée', 'envie', 'ça te dit', 'ça vous dit', 'ça vous intéresse', 'ça te tente'],
    telling: ['dire', 'expliquer', 'confirmer', 'préciser', 'indiquer', 'sauriez', 'saurais', 'savez', 'sais'],
    offer: ['propos*', 'offr*', 'aide', 'aidons', 'aider', 'accompagn*', 'montrer', 'présenter', 'envoyer', 'envoie', 'invit*', 'livr*', 'vend*', 'conseill*', 'spécialis*', 'travaille avec', 'travaillons avec', 'gratuit*', 'remise', 'réduction', 'devis', 'échantillon*'],
    favour: ['tu sais où me trouver', 'vous savez où me trouver', 'dis-moi', 'fais-moi signe', 'faites-moi signe', 'tiens-moi au courant', 'un service', 'un coup de main', 'ton contact', 'le contact', 'si jamais tu', 'si jamais vous', 'partag*', 'liker', 'like', 'suivre', 'abonn*', 'voter', 'vote', 'votez', 'don', 'dons', 'sponsor*', 'soutenir', 'soutien', 'signer', 'recommand*', 'présenter', 'mettre en contact', 'mettre en relation', 'transmettre', 'transférer', 'avis', 'tester', 'essayer', 'retour', 'mentor*', 'entretien', 'interview*', 'sondage', 'questionnaire', 'remplir', 'particip*', 'rejoindre', 'rejoins', 'inscri*', 'fais tourner', 'faites tourner', 'pense à moi', 'pensez à moi', 'entends parler', 'entendez parler', "connais quelqu'un", "connaissez quelqu'un", 'bonne personne', "qui s'occupe", 'lettre de recommandation', 'témoignage'],
    plea: ['sur le marché', 'mon contrat se termine', 'calme', 'difficile', 'licencié', 'licenciée', 'chômage', 'je cherche', 'recherche', 'disponible', 'missions', 'mon cv', 'candidature', 'recrutez', 'alternance', 'stage', 'nouvelles opportunités'],
    wish: ["j'aimerais", 'je souhaiterais', 'je serais ravi', 'je serais ravie', 'nous serions ravis', 'serait super', 'serait génial', 'ça me ferait plaisir', 'reconnaissant', 'reconnaissante', 'je me permets', 'je serais heureux', 'je serais heureuse'],
    imperative: ['regarde', 'regardez', 'rejoins', 'rejoignez', 'vote', 'votez', 'réserve', 'réservez', 'inscris', 'inscrivez', 'réponds', 'répondez', 'clique', 'cliquez', 'visite', 'visitez', 'suis', 'suivez', 'partage', 'partagez', 'essaie', 'essayez', 'profite', 'profitez', 'écris', 'écrivez', 'contacte', 'contactez', 'passe', 'passez', 'viens', 'venez', 'dis', 'dites'],
  },
  es: {
    you: ['usted', 'ustedes', 'tú', 'tu', 'te', 'ti', 'tus', 'contigo', 'vosotros', 'os', 'vuestro', 'vuestra'],
    me: ['yo', 'nosotros', 'nosotras', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'me', 'nos'],
    modals: ['podrías', 'podría', 'puedes', 'puede', 'podéis', 'importaría', 'querrías', 'querría', 'estarías', 'estaría', 'tendrías', 'tendría', 'apetece', 'interesa', 'interesaría', 'animas', 'anima', 'dispuesto', 'dispuesta', 'te va', 'le va', 'te viene bien', 'le viene bien'],
    telling: ['decir', 'decirme', 'explicar', 'explicarme', 'confirmar', 'aclarar', 'contarme', 'sabes si', 'sabe si'],
    offer: ['ofrec*', 'ofrezco', 'ayud*', 'acompañ*', 'mostrar', 'enseñar', 'enseño', 'enviar', 'envío', 'invit*', 'presentar', 'presento', 'vend*', 'asesor*', 'especializ*', 'trabajo con', 'trabajamos con', 'gratis', 'gratuita', 'gratuito', 'descuento', 'presupuesto', 'muestra'],
    favour: ['ya sabes dónde encontrarme', 'sabes dónde encontrarme', 'avísame', 'dime algo', 'un favor', 'un favorcito', 'tu contacto', 'el contacto', 'si sabes de', 'si te enteras de', 'compart*', 'dale like', 'like', 'seguir', 'sígueme', 'suscrib*', 'votar', 'vota', 'voto', 'donar', 'dona', 'donación', 'patrocin*', 'apoyar', 'apoyo', 'firmar', 'firma', 'recomend*', 'presentarme', 'poner en contacto', 'pasar mi', 'reenviar', 'reseña', 'valoraci*', 'probar', 'prueba', 'feedback', 'opinión', 'mentor*', 'entrevista', 'encuesta', 'cuestionario', 'rellenar', 'particip*', 'únete', 'unirte', 'inscríbete', 'apúntate', 'pasa la voz', 'piensa en mí', 'acuérdate de mí', 'si sabes de algo', 'si te enteras', 'conoces a alguien', 'conoce a alguien', 'persona adecuada', 'quién lleva', 'quién se encarga', 'carta de recomendación'],
    plea: ['me quedé sin trabajo', 'se me acaba el contrato', 'flojo', 'flojita', 'floja', 'despedido', 'despedida', 'paro', 'buscando', 'busco', 'disponible', 'proyectos', 'mi cv', 'currículum', 'curriculum', 'contratando', 'vacante', 'prácticas'],
    wish: ['me encantaría', 'me gustaría', 'nos encantaría', 'nos gustaría', 'sería genial', 'agradecería', 'me haría mucha ilusión', 'me permito', 'sería un placer'],
    imperative: ['mira', 'mire', 'únete', 'unete', 'vota', 'reserva', 'inscríbete', 'apúntate', 'responde', 'responda', 'visita', 'visite', 'sigue', 'siga', 'comparte', 'comparta', 'dona', 'prueba', 'pruebe', 'aprovecha', 'aproveche', 'escríbeme', 'escribe', 'contacta', 'contacte', 'pasa', 'pase', 'ven', 'venga', 'dime', 'dale', 'avísame'],
  },
  it: {
    you: ['tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'vostra', 'lei', 'le', 'suo', 'sua'],
    me: ['io', 'noi', 'mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre', 'mi', 'ci'],
    modals: ['potresti', 'potrebbe', 'puoi', 'può', 'potreste', 'vorresti', 'vorrebbe', 'saresti', 'sarebbe disposto', 'sarebbe disposta', 'avresti', 'avrebbe', 'ti va', 'le va', 'ti andrebbe', 'interessa', 'interesserebbe', 'disposto', 'disposta', 'disponibile'],
    telling: ['dire', 'dirmi', 'spiegare', 'spiegarmi', 'confermare', 'chiarire', 'sai se', 'sa se'],
    offer: ['offr*', 'aiut*', 'support*', 'mostrare', 'mostrarti', 'presentar*', 'present*', 'propon*', 'propost*', 'invi*', 'vend*', 'fornisc*', 'fornire', 'specializz*', 'lavoro con', 'lavoriamo con', 'accompagn*', 'gratis', 'gratuita', 'gratuito', 'sconto', 'preventivo', 'campion*', 'assaggiare'],
    favour: ['sai dove trovarmi', 'sa dove trovarmi', 'fammi sapere', 'mi faresti', 'un favore', 'un favorone', 'il contatto', 'il tuo contatto', 'se senti di', 'se sai di', 'condivid*', 'like', 'seguir*', 'iscriv*', 'votare', 'vota', 'voto', 'donare', 'dona', 'donazione', 'sponsor*', 'sostenere', 'sostegno', 'firmare', 'firma', 'raccomand*', 'consigliarmi', 'presentarmi', 'mettermi in contatto', 'inoltrare', 'girare', 'recensione', 'provare', 'feedback', 'parere', 'mentor*', 'intervista', 'sondaggio', 'questionario', 'compilare', 'partecip*', 'unisciti', 'aggiungo', 'passa parola', 'pensa a me', 'se senti', 'se sai di qualcosa', 'conosci qualcuno', 'conosce qualcuno', 'persona giusta', 'chi si occupa', 'lettera di referenza', 'lettera di raccomandazione'],
    plea: ['sto cercando', 'cerco lavoro', 'mi scade il contratto', 'calma', 'licenziato', 'licenziata', 'disoccupato', 'disoccupata', 'senza lavoro', 'cerco', 'cercando', 'disponibile', 'progetti', 'curriculum', 'assumendo', 'posizione', 'opportunità'],
    wish: ['mi piacerebbe', 'mi farebbe piacere', 'ci farebbe piacere', 'sarebbe bello', 'sarebbe fantastico', 'ti sarei grato', 'le sarei grato', 'ti sarei grata', 'le sarei grata', 'mi permetto', 'saremmo lieti', 'sarei felice'],
    imperative: ['guarda', 'guardi', 'unisciti', 'vota', 'voti', 'prenota', 'prenoti', 'iscriviti', 'rispondi', 'risponda', 'clicca', 'visita', 'visiti', 'segui', 'segua', 'condividi', 'condivida', 'dona', 'prova', 'provi', 'approfitta', 'approfitti', 'scrivimi', 'scrivi', 'contatta', 'contatti', 'passa', 'passi', 'vieni', 'venga', 'metti', 'dimmi', 'fammi'],
  },
  nl: {
    you: ['jij', 'jou', 'jouw', 'je', 'jullie', 'u', 'uw'],
    me: ['ik', 'wij', 'we', 'mijn', 'ons', 'onze', 'mij', 'me'],
    modals: ['zou', 'zoudt', 'kun', 'kunt', 'kan je', 'kan jij', 'wil je', 'wilt u', 'zin', 'interesse', 'bereid', 'beschikbaar', 'tijd', 'openstaan', 'mag ik'],
    telling: ['zeggen', 'vertellen', 'uitleggen', 'bevestigen', 'weet je of', 'weet u of'],
    offer: ['bied*', 'aanbied*', 'help', 'helpen', 'ondersteun*', 'laat zien', 'laten zien', 'stuur', 'sturen', 'uitnodig*', 'nodig', 'voorstel*', 'lever*', 'verkoop*', 'adviseer*', 'gespecialiseerd', 'werk met', 'werken met', 'gratis', 'korting', 'offerte', 'proefpakket'],
    favour: ['weet je me te vinden', 'weet u mij te vinden', 'weet je waar je me vindt', 'laat het me weten', 'laat maar weten', 'laat even weten', 'een gunst', 'een plekje', 'nog plek', 'ken jij iemand', 'jij kent', 'je kent', 'het contact', 'je contact', 'deel*', 'gedeeld', 'liken', 'like', 'volg*', 'abonneer*', 'stemmen', 'stem', 'doneer*', 'donatie', 'sponsor*', 'steun*', 'onderteken*', 'aanbevel*', 'aanraad*', 'voorstel*', 'in contact', 'doorstur*', 'doorgeven', 'review', 'recensie', 'testen', 'uitprober*', 'feedback', 'mentor*', 'interview*', 'enquête', 'vragenlijst', 'invull*', 'deelnem*', 'meedoen', 'word lid', 'aanmeld*', 'denk aan mij', 'denk aan me', 'iets hoort', 'ken je iemand', 'kent u iemand', 'iemand kent', 'juiste persoon', 'wie gaat over', 'referentie'],
    plea: ['ik zoek', 'zoekt een', 'op zoek', 'rustig', 'ontslagen', 'werkloos', 'ik zoek', 'zoekende', 'beschikbaar', 'opdrachten', 'opdracht', 'mijn cv', 'sollicitatie', 'vacature', 'vacatures', 'zzp', 'versterking'],
    wish: ['ik zou graag', 'zou ik graag', 'ik wil graag', 'zou leuk zijn', 'zou fijn zijn', 'zou super zijn', 'zou het waarderen', 'zou het fijn vinden', 'graag zou ik', 'hoor ik graag', 'hoor het graag', 'dankbaar'],
    imperative: ['kijk', 'bekijk', 'word', 'stem', 'boek', 'schrijf', 'meld', 'reageer', 'klik', 'bezoek', 'volg', 'deel', 'doneer', 'probeer', 'gebruik', 'profiteer', 'stuur', 'neem', 'bel', 'kom', 'laat'],
  },
};
