# The reference for activeplatform/users/create: a plain Grape 1.6 app on Rack 2.2 (Debian's
# ruby-grape and ruby-rack) declaring seed 002's parameters, with the vendor layer formmirror
# adds on top written as Grape custom validators, so that Grape itself decides how errors are
# ordered and worded. Reads one request per line on stdin, as JSON
#   {"query": "...", "content_type": "...", "body": "...", "options": {...}}
# and writes one answer per line: {"status": N, "body": "..."}. An exception that Grape does not
# rescue (Rack refusing a form body) is answered as the web server would: {"status": 500,
# "body": null, "raised": "<class>"}.
require 'grape'
require 'rack/mock'
require 'json'
require 'date'

# The WHATWG "valid e-mail address" grammar, as the HTML standard writes it.
WHATWG_EMAIL = /\A[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\z/

def valid_email?(value)
  value.is_a?(String) && value.valid_encoding? && value.length <= 254 && WHATWG_EMAIL.match?(value)
end

# The vendor validators leave an absent parameter to `requires`, which says "is missing".
def given?(params, name)
  params.respond_to?(:key?) && params.key?(name)
end

# Vendor layer: the login must be one valid address.
class LoginEmail < Grape::Validations::Validators::Base
  def validate_param!(name, params)
    return if !given?(params, name) || valid_email?(params[name])
    raise Grape::Exceptions::Validation.new(params: [@scope.full_name(name)], message: 'is invalid')
  end
end

# Vendor layer: the operator's password settings (formmirror's options.passwordPolicy).
class PasswordPolicy < Grape::Validations::Validators::Base
  def validate_param!(name, params)
    return unless given?(params, name)
    policy = @option || {}
    value = params[name].nil? ? '' : params[name]
    ok = value.is_a?(String) && value.valid_encoding? &&
         value.length >= (policy['minLength'] || 0) &&
         (!policy['requireUpper'] || value.match?(/[A-Z]/)) &&
         (!policy['requireLower'] || value.match?(/[a-z]/)) &&
         (!policy['requireDigit'] || value.match?(/[0-9]/)) &&
         (!policy['requireSymbol'] || value.match?(/[^A-Za-z0-9[:space:]]/))
    raise Grape::Exceptions::Validation.new(params: [@scope.full_name(name)], message: 'is invalid') unless ok
  end
end

# Vendor layer: the attributes the operator defined (formmirror's options.customAttributes).
class TypedAttributes < Grape::Validations::Validators::Base
  def validate_param!(name, params)
    return unless given?(params, name)
    list = params[name]
    defined = @option || []
    errors = []
    items = list.is_a?(Array) ? list : []
    seen = {}
    items.each_with_index do |item, index|
      next unless item.is_a?(Hash) && item['key'].is_a?(String)
      key = item['key']
      if seen.key?(key)
        errors << ["#{name}[#{index}][key]", 'is invalid']
        next
      end
      seen[key] = index
      type = defined.find { |a| a['key'] == key }&.dig('type') || 'string'
      next if type == 'string'
      if !item.key?('value')
        errors << ["#{name}[#{index}][value]", 'is missing']
      elsif !typed?(item['value'], type)
        errors << ["#{name}[#{index}][value]", 'is invalid']
      end
    end
    missing = defined.find { |a| a['required'] && !seen.key?(a['key']) }
    errors << [name.to_s, 'is invalid'] if missing
    return if errors.empty?
    raise Grape::Exceptions::ValidationArrayErrors.new(errors.map { |p, message|
      Grape::Exceptions::Validation.new(params: [p], message: message)
    })
  end

  def typed?(value, type)
    return false if value.is_a?(Hash) || value.is_a?(Array)
    text = value.to_s
    return false unless text.valid_encoding?
    case type
    when 'integer' then text.match?(/\A-?[0-9]+\z/) && text.delete('-').to_i <= 2**53 - 1
    when 'boolean' then %w[true false 1 0].include?(text)
    when 'date' then text.match?(/\A[0-9]{4}-[0-9]{2}-[0-9]{2}\z/) && (Date.strptime(text, '%Y-%m-%d') rescue false) ? true : false
    when 'email' then valid_email?(text)
    else true
    end
  end
end

Grape::Validations.register_validator('login_email', LoginEmail)
Grape::Validations.register_validator('password_policy', PasswordPolicy)
Grape::Validations.register_validator('typed_attributes', TypedAttributes)

def app_for(options)
  Class.new(Grape::API) do
    format :json
    prefix 'api/vendor'
    version 'v1', using: :path
    resource :users do
      # The API token is checked before the parameters are (vendor layer: answers 401).
      before do
        token = params[:api_token]
        error!({ error: 'api_token is missing' }, 401) if token.nil?
        error!({ error: 'api_token is invalid' }, 401) if token.is_a?(Array) || token.is_a?(Hash)
        error!({ error: 'api_token is empty' }, 401) if token.to_s.empty?
      end
      params do
        requires :first_name, type: String
        optional :middle_name, type: String
        requires :last_name, type: String
        requires :password, type: String, password_policy: options['passwordPolicy']
        requires :email, type: String, login_email: true
        # An operator who requires an attribute makes the list itself required.
        attributes = options['customAttributes'] || []
        presence = attributes.any? { |a| a['required'] } ? :requires : :optional
        send(presence, :custom_attributes, type: Array, typed_attributes: attributes) do
          requires :key
          optional :value
        end
      end
      post do
        status 201
        { id: 1 }
      end
    end
  end
end

apps = {}
$stdout.sync = true
$stdin.each_line do |line|
  request = JSON.parse(line)
  options = request['options'] || {}
  app = (apps[options.to_json] ||= app_for(options))
  env = Rack::MockRequest.env_for('/api/vendor/v1/users.json', method: 'POST',
                                  input: request['body'].to_s.b,
                                  'CONTENT_TYPE' => request['content_type'] || 'application/json')
  env['QUERY_STRING'] = request['query'].to_s
  begin
    status, _headers, body = app.call(env)
    text = +''
    body.each { |part| text << part }
    puts JSON.generate({ status: status, body: text.force_encoding('UTF-8') })
  rescue StandardError => e
    puts JSON.generate({ status: 500, body: nil, raised: e.class.name })
  end
end
