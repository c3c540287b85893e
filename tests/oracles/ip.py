"""The reference for IP addresses and CIDR blocks: Python's ipaddress. Reads one JSON string per
line and writes whether ip_network(text, strict=False) reads it (an address, or a block whose
host bits may be set)."""
import ipaddress
import json
import sys

for line in sys.stdin:
    text = json.loads(line)
    try:
        ipaddress.ip_network(text, strict=False)
        print("true", flush=True)
    except ValueError:
        print("false", flush=True)
