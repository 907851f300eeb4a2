//! "Only the newest request wins", one mechanism for every worker thread that answers as the
//! worker types (the search, the sheet's preview). A request put while an older one still
//! waits replaces it: the older one is never run, and its asker hears [`Superseded`], so a
//! stale answer can never overwrite a newer one and no work piles up behind the keyboard.

use iced::futures::channel::oneshot;
use std::sync::{Arc, Mutex};

/// No answer will come for this request: a newer one replaced it before it ran (or the
/// thread that would have answered has ended).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Superseded;

type Waiting<Q, A> = Option<(Q, oneshot::Sender<A>)>;

/// The slot a worker thread takes its newest request from. Cheap to clone.
pub struct Latest<Q, A> {
    slot: Arc<Mutex<Waiting<Q, A>>>,
}

impl<Q, A> Clone for Latest<Q, A> {
    fn clone(&self) -> Self {
        Latest {
            slot: self.slot.clone(),
        }
    }
}

impl<Q, A> Default for Latest<Q, A> {
    fn default() -> Self {
        Latest {
            slot: Arc::new(Mutex::new(None)),
        }
    }
}

impl<Q: Send + 'static, A: Send + 'static> Latest<Q, A> {
    /// Puts `q` in the slot, replacing (and so superseding) any request still waiting. The
    /// caller then wakes the worker; the future resolves to the answer.
    pub fn put(&self, q: Q) -> impl Future<Output = Result<A, Superseded>> + Send + 'static {
        let (tx, rx) = oneshot::channel();
        if let Ok(mut slot) = self.slot.lock() {
            // Dropping the previous sender tells its asker it was superseded.
            *slot = Some((q, tx));
        }
        async move { rx.await.map_err(|_| Superseded) }
    }

    /// The newest request still waiting, if its asker still wants the answer.
    pub fn take(&self) -> Option<(Q, oneshot::Sender<A>)> {
        let next = self.slot.lock().ok().and_then(|mut s| s.take())?;
        (!next.1.is_canceled()).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::executor::block_on;

    #[test]
    fn a_newer_request_supersedes_the_waiting_one() {
        let latest: Latest<u32, u32> = Latest::default();
        let first = latest.put(1);
        let second = latest.put(2);
        let (q, reply) = latest.take().expect("the newest waits");
        assert_eq!(q, 2);
        reply.send(q * 10).unwrap();
        assert_eq!(block_on(first), Err(Superseded));
        assert_eq!(block_on(second), Ok(20));
        assert!(latest.take().is_none(), "nothing is run twice");
    }
}
