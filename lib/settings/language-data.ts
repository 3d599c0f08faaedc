/**
 * The most frequent function words of each language the language check recognises. Adding a
 * language is adding a line here; the detector's own lexicon supports English only for now.
 * Words that are common to several languages (a, de, la, in, …) are left out of all but one,
 * or listed where they are most telling, to keep the scores apart.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'and', 'you', 'that', 'is', 'it', 'to', 'of', 'for', 'my', 'i', 'this', 'was', 'have', 'with',
    'not', 'your', 'be', 'are', 'on', 'me', 'can', 'what', 'we', 'but', 'they', 'will', 'just', 'do',
    'at', 'if', 'would', 'please', 'been', 'an', 'or', 'so', 'there', 'from', 'has', 'why', 'how', "i'm",
    "don't", "it's", 'no', 'yes', 'get', 'any', 'our', 'all', 'when', 'about', 'thanks', 'order', 'help',
  ],
  es: [
    'el', 'los', 'las', 'que', 'y', 'es', 'por', 'para', 'con', 'una', 'mi', 'su', 'lo', 'pero', 'yo',
    'como', 'más', 'muy', 'está', 'hola', 'gracias', 'pedido', 'quiero', 'tengo', 'sí', 'del', 'al', 'ya',
  ],
  fr: [
    'le', 'les', 'et', 'est', 'je', 'vous', 'pas', 'une', 'pour', 'que', 'qui', 'dans', 'ce', 'il', 'avec',
    'mon', 'ma', 'mais', 'sur', 'bonjour', 'merci', 'commande', 'suis', 'nous', 'au', 'des', 'du', 'ne',
  ],
  de: [
    'der', 'die', 'und', 'ist', 'ich', 'nicht', 'sie', 'das', 'es', 'mit', 'ein', 'eine', 'zu', 'auf', 'für',
    'mein', 'meine', 'aber', 'wie', 'noch', 'habe', 'bitte', 'danke', 'bestellung', 'wir', 'auch', 'den',
  ],
  pt: [
    'o', 'os', 'que', 'não', 'um', 'uma', 'é', 'com', 'para', 'meu', 'minha', 'mas', 'eu', 'você', 'está',
    'obrigado', 'obrigada', 'pedido', 'quero', 'tenho', 'olá', 'do', 'da', 'em', 'no', 'na',
  ],
  it: [
    'il', 'che', 'non', 'è', 'un', 'una', 'per', 'con', 'mio', 'mia', 'ma', 'sono', 'ho', 'gli', 'della',
    'grazie', 'ciao', 'ordine', 'voglio', 'questo', 'anche', 'come', 'di', 'mi',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'is', 'niet', 'ik', 'je', 'van', 'dat', 'met', 'voor', 'mijn', 'maar', 'wij',
    'bedankt', 'bestelling', 'hallo', 'graag', 'wel', 'nog', 'ook', 'zijn', 'heb',
  ],
};
