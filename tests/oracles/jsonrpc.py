"""The reference for cove/AddUser's JSON-RPC 2.0 envelope: PyPI's jsonrpcserver dispatching to an
AddUser(userInfo) method that accepts any parameters (Cove's field rules are the vendor layer,
which a generic JSON-RPC server cannot know). Reads one request text per line on stdin, as a
JSON string, and writes one line per request: the response text as a JSON string ("" when the
server sends nothing)."""
import json
import sys

from jsonrpcserver import Result, Success, dispatch, method


@method
def AddUser(userInfo) -> Result:  # noqa: N802 (Cove's method name)
    return Success({"result": 876543})


for line in sys.stdin:
    print(json.dumps(dispatch(json.loads(line))), flush=True)
