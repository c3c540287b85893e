//! Envelopes: what wraps the parameters on the way in, and the status and exact body the
//! server sends on the way out. Each vendor's format is one file; [`Envelope`] dispatches.

use crate::endpoints::Params;
use crate::reason::Expected;
use crate::{FieldIssue, Issue, Reason, Value};

mod api20;
mod enswitch;
mod grape;
mod json_rpc;

/// The stage of checking that rejected a request. Every envelope maps stages to its own codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// The request could not be read at all: malformed JSON, over the size limit.
    Unreadable,
    /// The envelope around the parameters is wrong (JSON-RPC `jsonrpc`, `method`, `params`).
    InvalidRequest,
    /// A JSON-RPC method this endpoint does not have.
    UnknownMethod,
    /// Credentials, token or session missing or invalid (Enswitch 401, ActivePlatform 401, Cove's visa).
    Unauthenticated,
    /// The actor's role may not do this (Enswitch 402).
    RoleForbids,
    /// The rate plan does not allow this (Enswitch 403).
    RatePlanForbids,
    /// The target does not exist or is not the actor's to change (Enswitch 404).
    NotFound,
    /// One or more parameters are invalid.
    Fields,
    /// The server's framework raises an error the application does not handle (500).
    ServerError,
}

/// How a server wraps requests and answers, which decides the body of every answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Envelope {
    /// Enswitch's `{"responses":[{"code","key","message"}]}`, answering as with `validation=1`.
    Enswitch,
    /// Grape's `{"error":"first_name is missing, password is invalid"}` (ActivePlatform).
    Grape,
    /// This project's error body for `/api/2.0/users`, whose vendor documents none.
    Api20,
    /// A JSON-RPC 2.0 request whose parameters sit in `params.<params>`.
    JsonRpc {
        /// The method the endpoint answers (`AddUser`).
        method: &'static str,
        /// The member of `params` that holds the fields (`userInfo`).
        params: &'static str,
    },
}

/// Who the server answers, and with which id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reply<'a> {
    /// An answer echoing this id (the JSON-RPC `id`; `Null` where there is none).
    To(Value<'a>),
    /// No answer at all: a JSON-RPC notification (a request without an `id`).
    Nobody,
}

/// The request with its envelope taken off.
pub(crate) struct Opened<'a> {
    /// The parameters the endpoint's field table describes.
    pub fields: Value<'a>,
    /// Whom to answer.
    pub reply: Reply<'a>,
}

/// An envelope that could not be opened: the stage, what was wrong, and whom to answer.
pub(crate) struct Refusal<'a> {
    /// The stage that answers.
    pub stage: Stage,
    /// What was wrong.
    pub issues: Vec<FieldIssue>,
    /// Whom to answer.
    pub reply: Reply<'a>,
}

impl Envelope {
    /// Takes the envelope off `request`.
    ///
    /// # Errors
    ///
    /// A [`Refusal`] when the envelope itself is wrong (a JSON-RPC request that breaks the
    /// specification, another method), answered before any field is looked at.
    pub(crate) fn open(self, request: Value<'_>) -> Result<Opened<'_>, Refusal<'_>> {
        match self {
            Envelope::JsonRpc { method, params } => json_rpc::open(request, method, params),
            Envelope::Enswitch | Envelope::Grape | Envelope::Api20 => match request {
                Value::Object(_) => Ok(Opened { fields: request, reply: Reply::To(Value::Null) }),
                other => Err(Refusal {
                    stage: Stage::Unreadable,
                    issues: vec![Issue::new(Reason::WrongType { expected: Expected::Parameters, given: other.kind_id() }).at("")],
                    reply: Reply::To(Value::Null),
                }),
            },
        }
    }

    /// The requests of a batch (a JSON-RPC array), each answered on its own; `None` for a
    /// single request.
    pub(crate) fn batch<'v, 'a>(self, request: &'v Value<'a>) -> Option<&'v [Value<'a>]> {
        match (self, request) {
            (Envelope::JsonRpc { .. }, Value::Array(items)) => Some(items),
            _ => None,
        }
    }

    /// The body of a batch's answer from the bodies of its requests' answers, in order; `None`
    /// when no request is answered (all were notifications).
    pub(crate) fn batch_body(self, bodies: Vec<Value<'static>>) -> Option<Value<'static>> {
        (!bodies.is_empty()).then_some(Value::Array(bodies))
    }

    /// True when the opened request is the request itself, not a part of it (JSON-RPC's
    /// `params.userInfo`).
    pub(crate) fn opens_in_place(self) -> bool {
        !matches!(self, Envelope::JsonRpc { .. })
    }

    /// How field names are written in answers: `userInfo.` before JSON-RPC parameters.
    pub(crate) fn field_prefix(self) -> String {
        match self {
            Envelope::JsonRpc { params, .. } => format!("{params}."),
            _ => String::new(),
        }
    }

    /// True when the status and body come from the verdict (and the reply's id) alone. Grape's
    /// wording also looks at what a failing parameter was sent as ("is missing" or "is invalid").
    #[cfg(any(target_arch = "wasm32", test))]
    pub(crate) fn body_from_verdict_alone(self) -> bool {
        !matches!(self, Envelope::Grape)
    }

    /// The status and body for a rejection at `stage`, or for an accepted request (`None`).
    /// `params` are the opened request's, for envelopes whose wording depends on what was sent.
    pub(crate) fn render(self, verdict: Option<(Stage, &[FieldIssue])>, params: Params<'_>, reply_id: &Value<'_>) -> (i64, Option<Value<'static>>) {
        match self {
            Envelope::Enswitch => enswitch::render(verdict),
            Envelope::Grape => grape::render(verdict, params),
            Envelope::Api20 => api20::render(verdict),
            Envelope::JsonRpc { .. } => json_rpc::render(verdict, reply_id),
        }
    }

    /// The place of an accepted request in a batch's answer, whose result only the server can
    /// know (the new user's id).
    pub(crate) fn accepted_in_batch(self, reply_id: &Value<'_>) -> Value<'static> {
        json_rpc::accepted(reply_id)
    }
}

/// `Value::Object` from `(key, value)` pairs, for writing bodies.
pub(crate) fn object<const N: usize>(members: [(&'static str, Value<'static>); N]) -> Value<'static> {
    Value::Object(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
}
