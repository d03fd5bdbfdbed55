import type { Lexicon } from './types';

/** Nederlands: greetings and pitches. */
const nl: Lexicon = {
  lang: 'nl',
  compounds: true,
  birthday: ['gefeliciteerd met je verjaardag', 'gefeliciteerd met uw verjaardag', 'fijne verjaardag', 'hartelijk gefeliciteerd', 'van harte gefeliciteerd', 'proficiat met je verjaardag', 'gelukkige verjaardag', 'gefeliciteerd'],
  occasion: ['prettige feestdagen', 'fijne feestdagen', 'vrolijk kerstfeest', 'fijne kerst', 'gelukkig nieuwjaar', 'een gelukkig nieuwjaar', 'fijne pasen', 'gefeliciteerd met je nieuwe baan', 'gefeliciteerd met je nieuwe functie', 'gefeliciteerd met je promotie', 'gefeliciteerd met je jubileum'],
  congrats: ['van harte', 'gefeliciteerd met', 'proficiat met', 'gefeliciteerd', 'proficiat', 'felicitaties', 'goed gedaan'],
  wishFiller: ['gefeliciteerd', 'fijne', 'fijn', 'verjaardag', 'dag', 'jaar', 'hartelijk', 'van', 'harte', 'veel', 'succes', 'geluk', 'gezondheid', 'plezier', 'liefde', 'een', 'de', 'het', 'en', 'met', 'je', 'jouw', 'uw', 'voor', 'nieuwe', 'nieuw', 'baan', 'functie', 'promotie', 'jubileum', 'geniet', 'ervan', 'mooie', 'mooi', 'prachtige', 'gelukkige', 'gelukkig', 'groeten', 'groetjes', 'wens', 'wensen', 'ik', 'we', 'alle', 'goeds', 'alvast', 'nog', 'vele', 'jaren', 'proficiat', 'toppie', 'top', 'feestje', 'taart'],
  salutations: ['hoi', 'hallo', 'beste', 'lieve', 'hey', 'goedemorgen', 'goedemiddag', 'dag'],
  closings: ['groeten', 'groetjes', 'met vriendelijke groet', 'vriendelijke groet', 'hartelijke groet', 'tot snel'],
  personal: [
    // thanks for wishes received: a reply, not a wish
    'bedankt', 'dank je', 'dank u', 'wij', 'ons', 'onze', 'weet je nog', 'vorige keer', 'vorige week', 'binnenkort', 'afspreken', 'koffie', 'biertje', 'lunch', 'etentje', 'bedankt voor', 'samen', 'hoe gaat', 'hoe was'],
  stopwords: ['de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'voor', 'met', 'aan', 'te', 'is', 'zijn', 'was', 'ik', 'jij', 'je', 'u', 'hij', 'zij', 'ze', 'mijn', 'jouw', 'uw', 'niet', 'dat', 'die', 'dit', 'er', 'maar', 'ook', 'heel', 'zo'],
  acquainted: ['zoals besproken', 'zoals beloofd', 'leuk je ontmoet te hebben', 'ons gesprek'],
  pitch: {
    sell: { 'wij zijn een bureau': 0.8, 'gespecialiseerd in': 0.55, 'gratis': 0.5, 'onze oplossing': 0.88, 'onze oplossingen': 0.88, 'onze diensten': 0.88, 'ons platform': 0.85, 'ons bureau': 0.85, 'onze software': 0.85, 'wij bieden': 0.85, 'wij helpen bedrijven': 0.9, 'ik help bedrijven': 0.9, 'ik help ondernemers': 0.9, 'meer omzet': 0.85, 'gratis proefperiode': 0.9, 'gratis adviesgesprek': 0.92, 'gratis kennismakingsgesprek': 0.92, 'speciale aanbieding': 0.9, 'korting': 0.7, 'onze klanten': 0.8, 'leads genereren': 0.88 },
    favour: { 'mij voorstellen aan': 0.85, 'in contact brengen': 0.88, 'aanbevelen': 0.8, 'delen met je netwerk': 0.95, 'delen in je netwerk': 0.95, 'delen met uw netwerk': 0.95, 'dit bericht delen': 0.9, 'een kleine gunst': 0.85, 'ken je iemand': 0.85, 'kent u iemand': 0.85 },
    disguised: { 'vrijblijvend': 0.9, 'vrijblijvende': 0.9, 'kennismakingsgesprek': 0.88, 'kennismaken': 0.75, 'win-win': 0.9, 'synergie': 0.8, '15 minuten': 0.85, 'een kort gesprek': 0.85, 'kort belletje': 0.92, 'een belletje': 0.85, 'afspraak inplannen': 0.92, 'virtuele koffie': 0.88, 'ervaringen uitwisselen': 0.8, 'samenwerkingsmogelijkheden': 0.85 },
    cta: { 'interesse?': 0.5, 'laat het me weten': 0.45, 'neem gerust contact op': 0.6 },
    value: { 'tot wel': 0.4 },
    askObjects: { 'gesprek': 0.8, 'belletje': 0.88, 'afspraak': 0.88, 'meeting': 0.88, 'demo': 0.92, 'videocall': 0.9, 'call': 0.88, 'koffie': 0.75, 'samenwerking': 0.8, 'samenwerken': 0.8 },
    askFrames: ['zou je', 'zou u', 'zullen we', 'kunnen we', 'heb je tijd', 'heeft u tijd', 'zin in', 'ik zou graag', 'graag zou ik', 'sta je open', 'staat u open', 'openstaan voor', 'interesse in', 'ben je beschikbaar', 'bent u beschikbaar'],
    seeking: { 'op zoek naar nieuwe klanten': 0.85, 'nieuwe klanten': 0.85, 'nieuwe opdrachten': 0.85, 'nieuwe projecten': 0.85, 'op zoek naar werk': 0.85, 'freelance': 0.6, 'mijn diensten': 0.85 },
    transitions: ['trouwens', 'overigens', 'tussen haakjes', 'ps'],
    possessives: { onze: 0.85, ons: 0.85, mijn: 0.55 },
    productHeads: ['oplossing', 'oplossingen', 'platform', 'software', 'app', 'product', 'producten', 'diensten', 'bureau', 'cursus', 'webinar', 'winkel', 'podcast', 'aanbod'],
  },
};
export default nl;
