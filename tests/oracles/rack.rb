# The reference for how Rack 2.2 reads a form body on its own: Rack::Utils.parse_nested_query
# (what Rack::Request#POST calls), Debian's ruby-rack. Reads one JSON line per request,
# {"body": "..."}, and writes {"params": {...}} or {"raised": "<class>"}.
require 'rack'
require 'json'

$stdout.sync = true
$stdin.each_line do |line|
  body = JSON.parse(line)['body']
  begin
    params = Rack::Utils.parse_nested_query(body, '&')
    puts JSON.generate({ params: params })
  rescue StandardError => e
    puts JSON.generate({ raised: e.class.name })
  end
end
