// Messages français pour les raisons de formmirror (`errors[].reason`). Seuls
// `errors[].message` et `warnings[].message` changent ; `body` reste le texte du serveur.

const given = {
  null: 'null', boolean: 'un booléen', number: 'un nombre', text: 'du texte',
  invalid_text: 'du texte qui n’est pas de l’Unicode valide', list: 'une liste', object: 'un objet',
};
const expected = {
  text: 'Doit être du texte', whole_number: 'Doit être un nombre entier', list_of_text: 'Doit être une liste de textes',
  object: 'Doit être un objet', attributes: 'Doit être une liste d’objets {key, value}', row: 'Une ligne doit être un objet',
  rows: 'Le lot doit être une liste de lignes', parameters: 'La requête doit être un ensemble de paramètres nommés (un objet)',
};
const pgp = {
  private_key: 'Ceci est une clé privée : collez plutôt le bloc de la clé publique, et gardez la clé privée secrète.',
  not_armored: 'Doit être une clé publique OpenPGP en armure ASCII, commençant par -----BEGIN PGP PUBLIC KEY BLOCK-----.',
  after_checksum: 'Rien ne peut suivre la ligne de somme de contrôle =XXXX, sauf la ligne END.',
  no_end: 'Le bloc de clé n’a pas de ligne -----END PGP PUBLIC KEY BLOCK-----.',
  after_end: 'Rien ne peut suivre la ligne END.',
  not_radix64: 'Les données de la clé ne sont pas du radix-64 (base64) valide.',
  checksum_mismatch: 'La somme de contrôle ne correspond pas aux données : la clé a été abîmée lors de la copie.',
  checksum_line: 'La ligne de somme de contrôle doit être un = suivi de quatre caractères radix-64.',
  not_public_key: 'Les données de la clé ne commencent pas par un paquet de clé publique OpenPGP.',
  cut_short: 'Les données de la clé sont tronquées : ses paquets sont plus longs que les données, une partie s’est perdue à la copie.',
};
const csv = {
  after_closing_quote: 'Un guillemet fermant doit être suivi d’une virgule ou de la fin de la ligne.',
  stray_quote: 'Un guillemet ne peut figurer que dans un champ entièrement entre guillemets.',
  bare_carriage_return: 'Un retour chariot (CR) doit être suivi d’un saut de ligne (LF).',
  unclosed_quote: 'Un champ entre guillemets n’est jamais refermé.',
};
const jsonRpc = {
  not_object: 'Une requête JSON-RPC doit être un objet.', version: 'jsonrpc doit valoir "2.0".',
  method: 'method doit être une chaîne.', id: 'id doit être une chaîne, un nombre ou null.',
  params: 'params doit être un objet ou une liste.',
};
const classes = { uppercase: 'une majuscule', lowercase: 'une minuscule', digit: 'un chiffre', symbol: 'un symbole' };
const all = new Intl.ListFormat('fr', { type: 'conjunction' });
const kept = { first: 'la première', last: 'la dernière' };

export default {
  locale: 'fr',
  didYouMean: (suggestion) => `Vouliez-vous dire « ${suggestion} » ?`,
  messages: {
    required: () => 'Une valeur est requise.',
    username_required: () => 'Un nom d’utilisateur est requis.',
    read_only: () => 'En lecture seule : le serveur l’attribue lui-même.',
    attribute_required: (r) => `L’attribut « ${r.key} » est requis.`,
    attribute_key_missing: () => 'Un attribut doit avoir une clé.',
    attribute_value_missing: () => 'Un attribut doit avoir une valeur.',
    empty_when_given: () => 'Ne doit pas être vide s’il est fourni ; omettez-le plutôt.',
    wrong_type: (r) => `${expected[r.expected]}, pas ${given[r.given]}.`,
    not_unicode: () => 'Contient du texte qui n’est pas de l’Unicode valide (un demi-codet isolé ou des octets qui ne sont pas de l’UTF-8).',
    too_long: (r) => `Doit compter au plus ${r.max} caractères.`,
    email_too_long: (r) => `Une adresse e-mail compte au plus ${r.max} caractères.`,
    too_many_digits: (r) => `Doit compter au plus ${r.max} chiffres.`,
    too_few_digits: (r) => `Doit compter au moins ${r.min} chiffres.`,
    control_characters: () => 'Ne doit pas contenir de caractères de contrôle comme des tabulations ou des sauts de ligne.',
    spaces_or_control_characters: () => 'Ne doit contenir ni espaces ni caractères de contrôle.',
    digits_only: () => 'Ne doit contenir que des chiffres.',
    invalid_email: () => 'Doit être une adresse e-mail valide, comme nom@example.com.',
    empty_list_item: (r) => `L’adresse ${r.item} de la liste est vide.`,
    list_item: (r) => `L’adresse ${r.item} de la liste ${'max' in r.reason ? `dépasse ${r.reason.max} caractères` : 'n’est pas une adresse e-mail valide'}.`,
    not_ip_or_cidr: (r) => `L’élément ${r.item} n’est ni une adresse IP ni un bloc CIDR (comme 192.0.2.0/24).`,
    unknown_timezone: () => 'Doit être un nom de fuseau horaire IANA, comme Europe/Paris.',
    unknown_country: () => 'Doit être un code pays ISO 3166 à deux lettres, comme FR ou BE.',
    not_one_of: (r) => `Doit être l’une de ces valeurs : ${r.choices.map((c) => `« ${c} »`).join(', ')}.`,
    not_one_of_roles: (r) => `Doit être l’un de ces rôles : ${r.roles.join(', ')}.`,
    not_boolean: () => 'Doit être true ou false.',
    not_date: () => 'Doit être une date écrite AAAA-MM-JJ, comme 2026-11-23.',
    not_integer: () => 'Doit être un nombre entier (chiffres uniquement).',
    negative: () => 'Ne doit pas être négatif.',
    number_too_large: () => 'Le nombre est trop grand.',
    too_small: (r) => `Doit valoir ${r.min} ou plus.`,
    not_phone: () => 'Doit être un numéro de téléphone : des chiffres, éventuellement un + initial et des espaces, -, ., ( ou ).',
    not_language: () => 'Doit être un code de langue comme « fr », « fr-ca » ou « pt_BR ».',
    not_language_or_default: () => 'Doit être « default » ou un code de langue comme « fr » ou « pt_BR ».',
    pgp_key: (r) => pgp[r.problem],
    password_policy: (r) => {
      const parts = [];
      if (r.minLength > 0) parts.push(`compter au moins ${r.minLength} caractères`);
      if (r.missing.length > 0) parts.push(`contenir ${all.format(r.missing.map((c) => classes[c]))}`);
      return `Doit ${parts.join(' et ')}.`;
    },
    same_as: (r) => `Doit être la même adresse que ${r.other}.`,
    not_before: (r) => `Ne doit pas être antérieur à ${r.other}.`,
    repeated: (r) => `Fourni plusieurs fois ; le serveur lit ${kept[r.kept]} valeur.`,
    duplicate_attribute_key: (r) => `Cette clé est déjà donnée par l’élément ${r.first}.`,
    unknown_parameter: () => 'N’est pas un paramètre de ce point d’accès ; le serveur l’ignore.',
    unknown_column: (r) => `La colonne ${r.column} n’est pas un paramètre de ce point d’accès ; le serveur l’ignore.`,
    more: (r) => `…et ${r.count} autres du même genre.`,
    request_too_large: (r) => `La requête dépasse ${r.maxMib} Mio, le maximum que lit formmirror.`,
    batch_too_large: (r) => `Le lot dépasse ${r.maxMib} Mio, le maximum que lit formmirror d’un coup ; découpez-le.`,
    request_not_json: (r) => `La requête n’est pas du JSON valide : ${r.detail}.`,
    batch_not_json: (r) => `Le lot n’est pas du JSON valide : ${r.detail}.`,
    rack_error: (r) => `Rack ne peut pas lire cette requête (${r.class} : ${r.detail}) ; Grape ne rattrape pas l’erreur, le serveur répond 500.`,
    grape_fails_on_invalid_text: () =>
      'Grape échoue ici sur du texte qui n’est pas de l’UTF-8 (Ruby lève une exception en vérifiant si la liste est vide) ; le serveur répond 500.',
    csv: (r) => csv[r.problem],
    csv_header: (r) => `La ligne d’en-tête est illisible : ${csv[r.problem]}`,
    field_count: (r) => `Cette ligne a ${r.found} champs ; l’en-tête en a ${r.expected}.`,
    invalid_credentials: () => 'Les identifiants fournis ne sont pas valides.',
    api_token_required: () => 'Un jeton d’API est requis.',
    api_token_not_text: () => 'Un jeton d’API est du texte, pas une liste ni un objet.',
    visa_required: () => 'Un visa (le jeton de session obtenu par Login) est requis.',
    role_forbids: () => 'Votre rôle ne le permet pas.',
    role_forbids_field: () => 'Votre rôle ne permet pas de modifier ce champ.',
    rate_plan_forbids: () => 'Votre forfait ne le permet pas.',
    person_not_found: () => 'Cette personne n’existe pas, ou vous n’avez pas le droit de la modifier.',
    json_rpc: (r) => jsonRpc[r.problem],
    no_such_method: () => 'Ce point d’accès n’a pas cette méthode.',
    one_parameter: (r) => `${r.method} prend un seul paramètre, ${r.parameter}.`,
    notification: () => 'Cette requête n’a pas d’id, c’est donc une notification : le serveur n’envoie aucune réponse, pas même une erreur.',
    unknown_endpoint: (r) =>
      `${r.path === '' ? 'Ce n’est pas une requête vers un point d’accès connu' : `Aucun point d’accès ne répond au chemin « ${r.path} »`} ; formmirror connaît ${r.known.join(', ')}.`,
  },
};
