import type { Lexicon } from './types';

/** Español: greetings and pitches. */
const es: Lexicon = {
  lang: 'es',
  birthday: ['feliz cumpleaños', 'feliz cumple', 'feliz día', 'muchas felicidades en tu día', 'que cumplas muchos más', 'que cumplas muchos años más', 'feliz cumpleaños atrasado'],
  occasion: ['feliz año', 'feliz ano', 'feliz año nuevo', 'feliz navidad', 'feliz año nuevo', 'felices fiestas', 'próspero año nuevo', 'felices pascuas', 'felicidades por tu nuevo puesto', 'felicidades por el nuevo puesto', 'enhorabuena por tu nuevo puesto', 'enhorabuena por el nuevo trabajo', 'felicidades por tu aniversario laboral'],
  congrats: ['enhorabuena por', 'felicidades por', 'felicitaciones por', 'felicidades', 'felicitaciones', 'enhorabuena', 'muchas felicidades'],
  wishFiller: ['feliz', 'cumpleaños', 'cumple', 'día', 'año', 'años', 'muchas', 'muchos', 'felicidades', 'que', 'lo', 'pases', 'pase', 'muy', 'bien', 'genial', 'te', 'le', 'deseo', 'deseamos', 'lo', 'mejor', 'todo', 'éxito', 'éxitos', 'salud', 'felicidad', 'alegría', 'amor', 'un', 'una', 'el', 'la', 'los', 'las', 'de', 'en', 'y', 'para', 'con', 'tu', 'su', 'este', 'esta', 'nuevo', 'nueva', 'abrazo', 'abrazos', 'saludos', 'disfruta', 'disfrute', 'gran', 'buen', 'maravilloso', 'puesto', 'trabajo', 'enhorabuena', 'más', 'cumplas', 'fuerte', 'besos', 'tengas', 'fantástico', 'fantástica', 'estupendo', 'estupenda', 'increíble', 'precioso', 'preciosa'],
  salutations: ['hola', 'querido', 'querida', 'estimado', 'estimada', 'buenos días', 'buenas'],
  closings: ['saludos', 'un saludo', 'un abrazo', 'atentamente', 'cordialmente', 'besos'],
  personal: [
    // thanks for wishes received: a reply, not a wish
    'gracias', 'nosotros', 'nuestro', 'nuestra', 'recuerdas', 'la última vez', 'la semana pasada', 'pronto', 'vernos', 'café', 'cerveza', 'comer', 'cenar', 'gracias por', 'juntos', 'cómo te va', 'cómo fue'],
  stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'y', 'o', 'a', 'al', 'en', 'para', 'por', 'con', 'que', 'es', 'son', 'yo', 'tú', 'usted', 'me', 'te', 'se', 'mi', 'tu', 'su', 'no', 'muy', 'más', 'lo'],
  acquainted: ['como hablamos', 'como prometí', 'encantado de conocerte', 'un placer conocerte', 'nuestra conversación'],
  pitch: {
    sell: { 'ayudamos a': 0.6, 'te escribo porque': 0.35, 'somos una agencia': 0.8, 'especializada en': 0.55, 'especializados en': 0.55, 'auditoría gratuita': 0.9, 'gratuita': 0.5, 'gratis': 0.5, 'nuestra solución': 0.88, 'nuestras soluciones': 0.88, 'nuestros servicios': 0.88, 'nuestra plataforma': 0.85, 'nuestra agencia': 0.88, 'nuestro software': 0.85, 'ofrecemos': 0.8, 'ayudamos a empresas': 0.9, 'ayudo a empresas': 0.9, 'aumentar sus ventas': 0.9, 'aumentar tus ventas': 0.9, 'prueba gratuita': 0.9, 'consultoría gratuita': 0.92, 'oferta especial': 0.9, 'descuento': 0.7, 'nuestros clientes': 0.8, 'generar leads': 0.88 },
    favour: { 'presentarme a': 0.85, 'ponerme en contacto con': 0.88, 'recomendarme': 0.88, 'compartir con tu red': 0.95, 'compartir con su red': 0.95, 'compartir esta publicación': 0.9, 'un pequeño favor': 0.85, 'conoces a alguien': 0.85, 'conoce a alguien': 0.85 },
    disguised: { 'sin compromiso': 0.9, 'ganar-ganar': 0.9, 'ganar ganar': 0.9, 'sinergias': 0.85, '15 minutos': 0.85, '20 minutos': 0.75, '10 minutos': 0.7, '30 minutos': 0.7, 'una llamada rápida': 0.92, 'una breve llamada': 0.92, 'agendar una llamada': 0.95, 'agendar una reunión': 0.92, 'un café virtual': 0.88, 'intercambiar experiencias': 0.8, 'oportunidad de colaboración': 0.85 },
    cta: { 'te interesa': 0.6, 'le interesa': 0.6, 'no dudes en escribirme': 0.6 },
    value: { 'hasta un': 0.3 },
    askObjects: { 'llamada': 0.88, 'reunión': 0.88, 'demo': 0.92, 'demostración': 0.9, 'videollamada': 0.9, 'café': 0.75, 'colaboración': 0.8, 'colaborar': 0.8 },
    askFrames: ['tienes', 'tiene usted', 'te gustaría', 'le gustaría', 'podrías', 'podría', 'podríamos', 'tendrías', 'tendría', 'tienes tiempo', 'tiene tiempo', 'me encantaría', 'estarías abierto', 'estaría abierto', 'estás disponible', 'está disponible', 'interesado en', 'interesada en', 'quisiera', 'me gustaría'],
    seeking: { 'busco nuevos clientes': 0.85, 'nuevos clientes': 0.85, 'nuevos proyectos': 0.85, 'estoy buscando trabajo': 0.85, 'en búsqueda de empleo': 0.85, 'freelance': 0.6, 'mis servicios': 0.85 },
    transitions: ['por cierto', 'a propósito', 'por otro lado', 'ps'],
    possessives: { nuestro: 0.85, nuestra: 0.85, nuestros: 0.85, nuestras: 0.85, mi: 0.55, mis: 0.55 },
    productHeads: ['consultora', 'consultoría', 'solución', 'soluciones', 'plataforma', 'software', 'aplicación', 'producto', 'productos', 'servicios', 'agencia', 'curso', 'webinar', 'tienda', 'podcast'],
  },
};
export default es;
