/**
 * What makes a wish specific to one person, by structure (rules/specific.ts): their things
 * ("your knee", "deine Zwillinge"), a hope about something in their life rather than a stock hope
 * ("hope the move went well" vs "hope you have a great day"), shared history ("weißt du noch",
 * "our trip", "zusammen", a year), places and organisations named after a preposition
 * ("nach Frankfurt", "at Hope House"), and plans with a day or a time. Grammatical words per
 * language; matching folds case and accents.
 */
import type { Lang } from './types';

export interface Specific {
  /** Possessives of the recipient: "your", "dein", "ton" … */
  yourPossessive: string[];
  /** Verbs of hoping / asking after ("hope", "hoffe", "espero"). */
  hope: string[];
  /** After a hope verb, these make it a stock hope ("hope you have a great …"). */
  stockHopeNext: string[];
  /** Memory and togetherness ("remember", "weißt du noch", "zusammen", "last summer"). */
  shared: string[];
  /** Prepositions before a place or organisation ("in", "nach", "bei", "at"). */
  placePrepositions: string[];
  /** Days, months and times of day: a plan or a date. */
  time: string[];
}

export const SPECIFIC: Record<Lang, Specific> = {
  en: {
    yourPossessive: ['your', 'ur'],
    hope: ['hope', 'hoping', 'hopefully', 'how is', "how's", 'how was', 'how are', 'hows', 'did you', 'are you still'],
    stockHopeNext: ['you', 'your', 'it', 'this', 'today', 'all', "all's", 'life', "life's", "you're", "it's", 'that', 'everything', 'things', 'everyone', 'we', 'santa', "santa's", 'the year', 'the new year', 'the day', 'the holidays'],
    shared: ['remember', 'still laughing', 'never forget', 'last time', 'last year', 'last summer', 'last spring', 'last week', 'back then', 'back in', 'since we', 'when we', 'we had', 'we were', 'we did', 'our trip', 'our time', 'our sessions', 'our project', 'those days', 'miss you', 'missed you', 'good times', 'that night', 'that time', 'ago'],
    placePrepositions: ['in', 'at', 'to', 'from', 'near', 'around'],
    time: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'tomorrow', 'tmrw', 'weekend', 'next week', 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', "o'clock"],
  },
  de: {
    yourPossessive: ['dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'],
    hope: ['hoffe', 'hoffentlich', 'wie geht', 'wie war', 'wie läuft', 'wie ist', 'wie sind', 'bist du noch', 'sind sie noch', 'grüß', 'grüße an'],
    stockHopeNext: ['du', 'sie', 'dir', 'ihnen', 'es', 'der', 'dein', 'deine', 'ihr', 'ihre', 'alles', 'heute', 'dass du', 'dass sie', 'dass es'],
    shared: ['weißt du noch', 'wissen sie noch', 'erinnerst', 'erinnere', 'erinnern', 'damals', 'zusammen', 'gemeinsam', 'letztes jahr', 'letzten sommer', 'letzten winter', 'letzte woche', 'neulich', 'seit wir', 'als wir', 'wir waren', 'wir hatten', 'unsere zeit', 'unser projekt', 'unsere reise', 'vermisse', 'unvergessen', 'noch immer', 'immer noch', 'her ist', 'vor jahren'],
    placePrepositions: ['in', 'nach', 'bei', 'aus', 'im', 'am', 'zu', 'an'],
    time: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute abend', 'morgen', 'wochenende', 'nächste woche', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'uhr'],
  },
  fr: {
    yourPossessive: ['ton', 'ta', 'tes', 'votre', 'vos'],
    hope: ['j\'espère', 'espère', 'comment va', 'comment s\'est passé', 'comment se passe', 'comment vont', 'tu es toujours', 'embrasse'],
    stockHopeNext: ['que', 'tu', 'vous', 'bien', 'une', 'cette'],
    shared: ['tu te souviens', 'vous vous souvenez', 'souvenir', 'souvenirs', 'ensemble', 'à l\'époque', 'l\'an dernier', 'l\'année dernière', 'l\'été dernier', 'la dernière fois', 'depuis notre', 'quand on', 'on avait', 'nous avions', 'notre voyage', 'tu me manques', 'il y a'],
    placePrepositions: ['à', 'au', 'en', 'de', 'chez', 'dans'],
    time: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'ce soir', 'demain', 'week-end', 'weekend', 'semaine prochaine', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'heures'],
  },
  es: {
    yourPossessive: ['tu', 'tus', 'su', 'sus', 'vuestro', 'vuestra', 'vuestros', 'vuestras'],
    hope: ['espero', 'ojalá', 'qué tal', 'cómo está', 'cómo va', 'cómo fue', 'cómo están', 'sigues', 'dale un beso', 'saludos a'],
    stockHopeNext: ['que', 'tengas', 'pases', 'lo', 'este', 'un'],
    shared: ['te acuerdas', 'se acuerda', 'recuerdo', 'recuerdas', 'juntos', 'juntas', 'aquella', 'aquel', 'el año pasado', 'el verano pasado', 'la última vez', 'cuando fuimos', 'desde el viaje', 'cuánto tiempo desde', 'nuestro viaje', 'te echo de menos', 'hace años'],
    placePrepositions: ['en', 'a', 'de', 'desde', 'por'],
    time: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'esta noche', 'mañana', 'finde', 'fin de semana', 'la semana que viene', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  },
  it: {
    yourPossessive: ['tuo', 'tua', 'tuoi', 'tue', 'suo', 'sua', 'suoi', 'vostro', 'vostra', 'vostri', 'vostre'],
    hope: ['spero', 'speriamo', 'come va', 'come sta', 'come stanno', 'com\'è andata', 'come è andato', 'sei ancora', 'salutami'],
    stockHopeNext: ['che', 'tu', 'di', 'sia', 'questo', 'un'],
    shared: ['ti ricordi', 'si ricorda', 'ricordo', 'insieme', 'quella volta', 'l\'anno scorso', 'l\'estate scorsa', 'l\'ultima volta', 'da quando', 'il nostro viaggio', 'mi manchi', 'anni fa'],
    placePrepositions: ['a', 'in', 'da', 'di', 'al', 'alla', 'presso'],
    time: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'stasera', 'domani', 'weekend', 'settimana prossima', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  nl: {
    yourPossessive: ['je', 'jouw', 'uw', 'jullie'],
    hope: ['hoop', 'hopelijk', 'hoe gaat', 'hoe is', 'hoe was', 'hoe zijn', 'ben je nog', 'groetjes aan', 'doe de groeten'],
    stockHopeNext: ['je', 'dat', 'u', 'het', 'een', 'jullie'],
    shared: ['weet je nog', 'weet u nog', 'herinner', 'samen', 'destijds', 'vorig jaar', 'vorige zomer', 'de laatste keer', 'sinds we', 'toen we', 'onze reis', 'ik mis je', 'jaar geleden'],
    placePrepositions: ['in', 'naar', 'bij', 'uit', 'op', 'te'],
    time: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'vanavond', 'morgen', 'weekend', 'volgende week', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'uur'],
  },
};
