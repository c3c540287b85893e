#!/usr/bin/perl
# The reference for how Enswitch reads its parameters: Perl's CGI.pm (Debian libcgi-pm-perl),
# fed each request through the CGI environment as a web server would. Reads one request per line
# on stdin, as JSON {"method": "GET"|"POST", "query": "...", "body": "..."}, and writes one line
# per request: the parameters in CGI.pm's order with the first value of each (what
# $q->param($name) returns), as JSON [[name, value], ...], names and values as byte strings
# given as lists of byte values so that bytes which are not UTF-8 survive.
use strict;
use warnings;
use CGI;
use JSON::PP;

my $json = JSON::PP->new->canonical;
$| = 1;
while (my $line = <STDIN>) {
    my $request = $json->decode($line);
    my $body = $request->{body} // '';
    CGI::initialize_globals();
    local $ENV{REQUEST_METHOD} = $request->{method};
    local $ENV{QUERY_STRING} = $request->{query} // '';
    local $ENV{CONTENT_TYPE} = 'application/x-www-form-urlencoded';
    local $ENV{CONTENT_LENGTH} = length $body;
    open(my $in, '<', \$body) or die;
    local *STDIN = $in;
    my $q = CGI->new;
    my @params = map { [[unpack('C*', $_)], [unpack('C*', scalar $q->param($_))]] } $q->param;
    print $json->encode(\@params), "\n";
}
