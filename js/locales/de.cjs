// The CommonJS copy of de.mjs, written by scripts/types.mjs: edit de.mjs.
// Deutsche Meldungen für formmirrors Gründe (`errors[].reason`). Nur `errors[].message` und
// `warnings[].message` ändern sich; `body` bleibt der Text des Servers.

const given = {
  null: 'null', boolean: 'ein Wahrheitswert', number: 'eine Zahl', text: 'Text',
  invalid_text: 'Text, der kein gültiges Unicode ist', list: 'eine Liste', object: 'ein Objekt',
};
const expected = {
  text: 'Muss Text sein', whole_number: 'Muss eine ganze Zahl sein', list_of_text: 'Muss eine Liste von Texten sein',
  object: 'Muss ein Objekt sein', attributes: 'Muss eine Liste von {key, value}-Objekten sein', row: 'Eine Zeile muss ein Objekt sein',
  rows: 'Der Stapel muss eine Liste von Zeilen sein', parameters: 'Die Anfrage muss benannte Parameter enthalten (ein Objekt)',
};
const pgp = {
  private_key: 'Das ist ein privater Schlüssel: Fügen Sie stattdessen den öffentlichen Schlüsselblock ein und halten Sie den privaten geheim.',
  not_armored: 'Muss ein ASCII-armierter öffentlicher OpenPGP-Schlüssel sein, beginnend mit -----BEGIN PGP PUBLIC KEY BLOCK-----.',
  after_checksum: 'Nach der =XXXX-Prüfsummenzeile darf nur noch die END-Zeile folgen.',
  no_end: 'Dem Schlüsselblock fehlt die Zeile -----END PGP PUBLIC KEY BLOCK-----.',
  after_end: 'Nach der END-Zeile darf nichts mehr folgen.',
  not_radix64: 'Die Schlüsseldaten sind kein gültiges Radix-64 (Base64).',
  checksum_mismatch: 'Die Prüfsumme passt nicht zu den Schlüsseldaten: Der Schlüssel wurde beim Kopieren beschädigt.',
  checksum_line: 'Die Prüfsummenzeile muss aus = und vier Radix-64-Zeichen bestehen.',
  not_public_key: 'Die Schlüsseldaten beginnen nicht mit einem OpenPGP-Paket für einen öffentlichen Schlüssel.',
  cut_short: 'Die Schlüsseldaten sind abgeschnitten: Ihre Pakete sind länger als die Daten, beim Kopieren ging ein Teil verloren.',
};
const csv = {
  after_closing_quote: 'Auf ein schließendes Anführungszeichen muss ein Komma oder das Zeilenende folgen.',
  stray_quote: 'Ein Anführungszeichen darf nur in einem Feld stehen, das als Ganzes in Anführungszeichen steht.',
  bare_carriage_return: 'Auf einen Wagenrücklauf (CR) muss ein Zeilenvorschub (LF) folgen.',
  unclosed_quote: 'Ein Feld in Anführungszeichen wird nie geschlossen.',
};
const jsonRpc = {
  not_object: 'Eine JSON-RPC-Anfrage muss ein Objekt sein.', version: 'jsonrpc muss "2.0" sein.',
  method: 'method muss ein String sein.', id: 'id muss ein String, eine Zahl oder null sein.',
  params: 'params muss ein Objekt oder eine Liste sein.',
};
const classes = { uppercase: 'einen Großbuchstaben', lowercase: 'einen Kleinbuchstaben', digit: 'eine Ziffer', symbol: 'ein Sonderzeichen' };
const all = new Intl.ListFormat('de', { type: 'conjunction' });
const kept = { first: 'ersten', last: 'letzten' };

module.exports = {
  locale: 'de',
  didYouMean: (suggestion) => `Meinten Sie „${suggestion}“?`,
  messages: {
    required: () => 'Ein Wert ist erforderlich.',
    username_required: () => 'Ein Benutzername ist erforderlich.',
    read_only: () => 'Ist schreibgeschützt: Der Server vergibt den Wert selbst.',
    attribute_required: (r) => `Das Attribut „${r.key}“ ist erforderlich.`,
    attribute_key_missing: () => 'Ein Attribut braucht einen Schlüssel.',
    attribute_value_missing: () => 'Ein Attribut braucht einen Wert.',
    empty_when_given: () => 'Darf nicht leer sein, wenn angegeben; lassen Sie es sonst weg.',
    wrong_type: (r) => `${expected[r.expected]}, nicht ${given[r.given]}.`,
    not_unicode: () => 'Enthält Text, der kein gültiges Unicode ist (ein einzelnes Surrogat oder Bytes, die kein UTF-8 sind).',
    too_long: (r) => `Darf höchstens ${r.max} Zeichen lang sein.`,
    email_too_long: (r) => `Eine E-Mail-Adresse darf höchstens ${r.max} Zeichen lang sein.`,
    too_many_digits: (r) => `Darf höchstens ${r.max} Ziffern haben.`,
    too_few_digits: (r) => `Muss mindestens ${r.min} Ziffern haben.`,
    control_characters: () => 'Darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.',
    spaces_or_control_characters: () => 'Darf keine Leerzeichen oder Steuerzeichen enthalten.',
    digits_only: () => 'Darf nur Ziffern enthalten.',
    invalid_email: () => 'Muss eine gültige E-Mail-Adresse sein, etwa name@example.com.',
    empty_list_item: (r) => `Adresse ${r.item} der Liste ist leer.`,
    list_item: (r) => `Adresse ${r.item} der Liste ${'max' in r.reason ? `ist länger als ${r.reason.max} Zeichen` : 'ist keine gültige E-Mail-Adresse'}.`,
    not_ip_or_cidr: (r) => `Eintrag ${r.item} ist keine IP-Adresse und kein CIDR-Block (etwa 192.0.2.0/24).`,
    unknown_timezone: () => 'Muss ein IANA-Zeitzonenname sein, etwa Europe/Berlin.',
    unknown_country: () => 'Muss ein zweibuchstabiger ISO-3166-Ländercode sein, etwa DE oder AT.',
    not_one_of: (r) => `Muss einer dieser Werte sein: ${r.choices.map((c) => `„${c}“`).join(', ')}.`,
    not_one_of_roles: (r) => `Muss eine dieser Rollen sein: ${r.roles.join(', ')}.`,
    not_boolean: () => 'Muss true oder false sein.',
    not_date: () => 'Muss ein Datum der Form JJJJ-MM-TT sein, etwa 2026-11-23.',
    not_integer: () => 'Muss eine ganze Zahl sein (nur Ziffern).',
    negative: () => 'Darf nicht negativ sein.',
    number_too_large: () => 'Die Zahl ist zu groß.',
    too_small: (r) => `Muss ${r.min} oder größer sein.`,
    not_phone: () => 'Muss eine Telefonnummer sein: Ziffern, wahlweise ein führendes + sowie Leerzeichen, -, ., ( oder ).',
    not_language: () => 'Muss ein Sprachcode sein, etwa „de“, „de-at“ oder „pt_BR“.',
    not_language_or_default: () => 'Muss „default“ oder ein Sprachcode sein, etwa „de“ oder „pt_BR“.',
    pgp_key: (r) => pgp[r.problem],
    password_policy: (r) => {
      const parts = [];
      if (r.minLength > 0) parts.push(`mindestens ${r.minLength} Zeichen lang sein`);
      if (r.missing.length > 0) parts.push(`${all.format(r.missing.map((c) => classes[c]))} enthalten`);
      return `Muss ${parts.join(' und ')}.`;
    },
    same_as: (r) => `Muss dieselbe Adresse sein wie ${r.other}.`,
    not_before: (r) => `Darf nicht vor ${r.other} liegen.`,
    repeated: (r) => `Mehrfach angegeben; der Server liest den ${kept[r.kept]} Wert.`,
    duplicate_attribute_key: (r) => `Dieser Schlüssel steht schon in Eintrag ${r.first}.`,
    unknown_parameter: () => 'Kein Parameter dieses Endpunkts; der Server ignoriert ihn.',
    unknown_column: (r) => `Spalte ${r.column} ist kein Parameter dieses Endpunkts; der Server ignoriert sie.`,
    more: (r) => `…und ${r.count} weitere wie oben.`,
    request_too_large: (r) => `Die Anfrage ist größer als ${r.maxMib} MiB, mehr liest formmirror nicht.`,
    batch_too_large: (r) => `Der Stapel ist größer als ${r.maxMib} MiB, mehr liest formmirror nicht auf einmal; teilen Sie ihn auf.`,
    request_not_json: (r) => `Die Anfrage ist kein gültiges JSON: ${r.detail}.`,
    batch_not_json: (r) => `Der Stapel ist kein gültiges JSON: ${r.detail}.`,
    rack_error: (r) => `Rack kann diese Anfrage nicht lesen (${r.class}: ${r.detail}); Grape fängt den Fehler nicht ab, der Server antwortet mit 500.`,
    grape_fails_on_invalid_text: () =>
      'Grape scheitert hier an Text, der kein UTF-8 ist (Ruby löst eine Ausnahme aus, wenn es prüft, ob die Liste leer ist); der Server antwortet mit 500.',
    csv: (r) => csv[r.problem],
    csv_header: (r) => `Die Kopfzeile kann nicht gelesen werden: ${csv[r.problem]}`,
    field_count: (r) => `Diese Zeile hat ${r.found} Felder, die Kopfzeile ${r.expected}.`,
    invalid_credentials: () => 'Die angegebenen Anmeldedaten sind ungültig.',
    api_token_required: () => 'Ein API-Token ist erforderlich.',
    api_token_not_text: () => 'Ein API-Token ist Text, keine Liste und kein Objekt.',
    visa_required: () => 'Ein Visa (das Sitzungstoken aus Login) ist erforderlich.',
    role_forbids: () => 'Ihre Rolle erlaubt das nicht.',
    role_forbids_field: () => 'Ihre Rolle erlaubt nicht, dieses Feld zu ändern.',
    rate_plan_forbids: () => 'Ihr Tarif erlaubt das nicht.',
    person_not_found: () => 'Die Person existiert nicht, oder Sie dürfen sie nicht ändern.',
    json_rpc: (r) => jsonRpc[r.problem],
    no_such_method: () => 'Dieser Endpunkt hat keine solche Methode.',
    one_parameter: (r) => `${r.method} nimmt genau einen Parameter, ${r.parameter}.`,
    notification: () => 'Diese Anfrage hat keine id und ist damit eine Benachrichtigung: Der Server sendet gar keine Antwort, auch keinen Fehler.',
    unknown_endpoint: (r) =>
      `${r.path === '' ? 'Das ist keine Anfrage an einen bekannten Endpunkt' : `Kein Endpunkt beantwortet den Pfad „${r.path}“`}; formmirror kennt ${r.known.join(', ')}.`,
  },
};
