// The CommonJS copy of es.mjs, written by scripts/types.mjs: edit es.mjs.
// Mensajes en español para las razones de formmirror (`errors[].reason`). Solo cambian
// `errors[].message` y `warnings[].message`; `body` sigue siendo el texto del servidor.

const given = {
  null: 'null', boolean: 'un booleano', number: 'un número', text: 'texto',
  invalid_text: 'texto que no es Unicode válido', list: 'una lista', object: 'un objeto',
};
const expected = {
  text: 'Debe ser texto', whole_number: 'Debe ser un número entero', list_of_text: 'Debe ser una lista de textos',
  object: 'Debe ser un objeto', attributes: 'Debe ser una lista de objetos {key, value}', row: 'Una fila debe ser un objeto',
  rows: 'El lote debe ser una lista de filas', parameters: 'La solicitud debe ser un conjunto de parámetros con nombre (un objeto)',
};
const pgp = {
  private_key: 'Esta es una clave privada: pegue en su lugar el bloque de la clave pública y mantenga la privada en secreto.',
  not_armored: 'Debe ser una clave pública OpenPGP con armadura ASCII, que empiece por -----BEGIN PGP PUBLIC KEY BLOCK-----.',
  after_checksum: 'Tras la línea de suma de comprobación =XXXX solo puede ir la línea END.',
  no_end: 'Al bloque de clave le falta la línea -----END PGP PUBLIC KEY BLOCK-----.',
  after_end: 'No puede haber nada después de la línea END.',
  not_radix64: 'Los datos de la clave no son radix-64 (base64) válido.',
  checksum_mismatch: 'La suma de comprobación no coincide con los datos: la clave se dañó al copiarla.',
  checksum_line: 'La línea de suma de comprobación debe ser = seguido de cuatro caracteres radix-64.',
  not_public_key: 'Los datos de la clave no empiezan por un paquete de clave pública OpenPGP.',
  cut_short: 'Los datos de la clave están cortados: sus paquetes son más largos que los datos, así que parte se perdió al copiarla.',
};
const csv = {
  after_closing_quote: 'Tras unas comillas de cierre debe ir una coma o el final de la línea.',
  stray_quote: 'Unas comillas solo pueden aparecer dentro de un campo entrecomillado por completo.',
  bare_carriage_return: 'Un retorno de carro (CR) debe ir seguido de un salto de línea (LF).',
  unclosed_quote: 'Un campo entrecomillado no se cierra nunca.',
};
const jsonRpc = {
  not_object: 'Una solicitud JSON-RPC debe ser un objeto.', version: 'jsonrpc debe ser "2.0".',
  method: 'method debe ser una cadena.', id: 'id debe ser una cadena, un número o null.',
  params: 'params debe ser un objeto o una lista.',
};
const classes = { uppercase: 'una mayúscula', lowercase: 'una minúscula', digit: 'un dígito', symbol: 'un símbolo' };
const all = new Intl.ListFormat('es', { type: 'conjunction' });
const kept = { first: 'el primer', last: 'el último' };

module.exports = {
  locale: 'es',
  didYouMean: (suggestion) => `¿Quiso decir «${suggestion}»?`,
  messages: {
    required: () => 'Se requiere un valor.',
    username_required: () => 'Se requiere un nombre de usuario.',
    read_only: () => 'Es de solo lectura: lo asigna el servidor.',
    attribute_required: (r) => `El atributo «${r.key}» es obligatorio.`,
    attribute_key_missing: () => 'Un atributo necesita una clave.',
    attribute_value_missing: () => 'Un atributo necesita un valor.',
    empty_when_given: () => 'No debe estar vacío si se envía; omítalo en su lugar.',
    wrong_type: (r) => `${expected[r.expected]}, no ${given[r.given]}.`,
    not_unicode: () => 'Contiene texto que no es Unicode válido (un sustituto suelto o bytes que no son UTF-8).',
    too_long: (r) => `Debe tener como máximo ${r.max} caracteres.`,
    email_too_long: (r) => `Una dirección de correo puede tener como máximo ${r.max} caracteres.`,
    too_many_digits: (r) => `Debe tener como máximo ${r.max} dígitos.`,
    too_few_digits: (r) => `Debe tener al menos ${r.min} dígitos.`,
    control_characters: () => 'No debe contener caracteres de control como tabulaciones o saltos de línea.',
    spaces_or_control_characters: () => 'No debe contener espacios ni caracteres de control.',
    digits_only: () => 'Solo debe contener dígitos.',
    invalid_email: () => 'Debe ser una dirección de correo válida, como nombre@example.com.',
    empty_list_item: (r) => `La dirección ${r.item} de la lista está vacía.`,
    list_item: (r) => `La dirección ${r.item} de la lista ${'max' in r.reason ? `tiene más de ${r.reason.max} caracteres` : 'no es una dirección de correo válida'}.`,
    not_ip_or_cidr: (r) => `El elemento ${r.item} no es una dirección IP ni un bloque CIDR (como 192.0.2.0/24).`,
    unknown_timezone: () => 'Debe ser un nombre de zona horaria IANA, como Europe/Madrid.',
    unknown_country: () => 'Debe ser un código de país ISO 3166 de dos letras, como ES o MX.',
    not_one_of: (r) => `Debe ser uno de estos valores: ${r.choices.map((c) => `«${c}»`).join(', ')}.`,
    not_one_of_roles: (r) => `Debe ser uno de estos roles: ${r.roles.join(', ')}.`,
    not_boolean: () => 'Debe ser true o false.',
    not_date: () => 'Debe ser una fecha escrita AAAA-MM-DD, como 2026-11-23.',
    not_integer: () => 'Debe ser un número entero (solo dígitos).',
    negative: () => 'No debe ser negativo.',
    number_too_large: () => 'El número es demasiado grande.',
    too_small: (r) => `Debe ser ${r.min} o más.`,
    not_phone: () => 'Debe ser un número de teléfono: dígitos, opcionalmente un + inicial y espacios, -, ., ( o ).',
    not_language: () => 'Debe ser un código de idioma como «es», «es-mx» o «pt_BR».',
    not_language_or_default: () => 'Debe ser «default» o un código de idioma como «es» o «pt_BR».',
    pgp_key: (r) => pgp[r.problem],
    password_policy: (r) => {
      const parts = [];
      if (r.minLength > 0) parts.push(`tener al menos ${r.minLength} caracteres`);
      if (r.missing.length > 0) parts.push(`contener ${all.format(r.missing.map((c) => classes[c]))}`);
      return `Debe ${parts.join(' y ')}.`;
    },
    same_as: (r) => `Debe ser la misma dirección que ${r.other}.`,
    not_before: (r) => `No debe ser anterior a ${r.other}.`,
    repeated: (r) => `Se envió más de una vez; el servidor lee ${kept[r.kept]} valor.`,
    duplicate_attribute_key: (r) => `Esta clave ya la da el elemento ${r.first}.`,
    unknown_parameter: () => 'No es un parámetro de este punto de acceso; el servidor lo ignora.',
    unknown_column: (r) => `La columna ${r.column} no es un parámetro de este punto de acceso; el servidor la ignora.`,
    more: (r) => `…y ${r.count} más como los anteriores.`,
    request_too_large: (r) => `La solicitud supera ${r.maxMib} MiB, lo máximo que lee formmirror.`,
    batch_too_large: (r) => `El lote supera ${r.maxMib} MiB, lo máximo que lee formmirror de una vez; divídalo.`,
    request_not_json: (r) => `La solicitud no es JSON válido: ${r.detail}.`,
    batch_not_json: (r) => `El lote no es JSON válido: ${r.detail}.`,
    rack_error: (r) => `Rack no puede leer esta solicitud (${r.class}: ${r.detail}); Grape no captura el error, así que el servidor responde 500.`,
    grape_fails_on_invalid_text: () =>
      'Grape falla aquí con texto que no es UTF-8 (Ruby lanza una excepción al comprobar si la lista está vacía), así que el servidor responde 500.',
    csv: (r) => csv[r.problem],
    csv_header: (r) => `No se puede leer la fila de encabezado: ${csv[r.problem]}`,
    field_count: (r) => `Esta fila tiene ${r.found} campos; el encabezado tiene ${r.expected}.`,
    invalid_credentials: () => 'Las credenciales proporcionadas no son válidas.',
    api_token_required: () => 'Se requiere un token de API.',
    api_token_not_text: () => 'Un token de API es texto, no una lista ni un objeto.',
    visa_required: () => 'Se requiere un visa (el token de sesión de Login).',
    role_forbids: () => 'Su rol no lo permite.',
    role_forbids_field: () => 'Su rol no permite cambiar este campo.',
    rate_plan_forbids: () => 'Su plan de tarifas no lo permite.',
    person_not_found: () => 'La persona no existe o no tiene permiso para modificarla.',
    json_rpc: (r) => jsonRpc[r.problem],
    no_such_method: () => 'Este punto de acceso no tiene ese método.',
    one_parameter: (r) => `${r.method} recibe un solo parámetro, ${r.parameter}.`,
    notification: () => 'Esta solicitud no tiene id, así que es una notificación: el servidor no envía ninguna respuesta, ni siquiera un error.',
    unknown_endpoint: (r) =>
      `${r.path === '' ? 'No es una solicitud a un punto de acceso conocido' : `Ningún punto de acceso responde a la ruta «${r.path}»`}; formmirror conoce ${r.known.join(', ')}.`,
  },
};
