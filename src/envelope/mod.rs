//! Envelopes: turn a verdict (accepted, or the failing stage and its issues) into the status
//! and the exact body the endpoint's server would send. Each vendor's format is one file.

use crate::{FieldIssue, Value};

mod enswitch;

/// The stage of checking that rejected a request. Every envelope maps stages to its own codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The request could not be read at all: malformed JSON, over the size limit.
    Unreadable,
    Unauthenticated,
    /// The actor's role may not do this (Enswitch 402).
    RoleForbids,
    /// The rate plan does not allow this (Enswitch 403).
    RatePlanForbids,
    /// The target does not exist or is not the actor's to change (Enswitch 404).
    NotFound,
    /// One or more parameters are invalid.
    Fields,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Envelope {
    /// Enswitch's `{"responses":[{"code","key","message"}]}`, answering as with `validation=1`.
    Enswitch,
}

impl Envelope {
    /// The status and body for a rejection at `stage`, or for an accepted request (`None`).
    pub fn render(self, verdict: Option<(Stage, &[FieldIssue])>) -> (i64, Option<Value>) {
        match self {
            Envelope::Enswitch => enswitch::render(verdict),
        }
    }
}
