//! The wasm module's memory allocator: power-of-two size classes, each with a free list.
//!
//! A validation is a burst of small, short-lived allocations (member lists, messages, the
//! answer text), the same sizes call after call. For that, a free list per size class is as
//! good as a general allocator and much less code: replacing the standard library's dlmalloc
//! took 2.9 KB off the gzipped wasm (64.3 → 61.4 KB, same code otherwise) at the same speed.
//! `malloc` and `free` are a few instructions; a `realloc` that stays within its class (most
//! `String` and `Vec` growth of short text) moves nothing.
//!
//! What it costs: a block is up to twice the size asked for, and freed blocks are only reused
//! for their own class. WebAssembly memory can grow but never shrink, so no allocator gives
//! memory back; this one keeps it flat because every call frees what it allocated into lists
//! the next call takes from (tests/node/robustness.test.mjs holds it to that).

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32::memory_grow;
use core::cell::UnsafeCell;
use core::ptr::null_mut;

const PAGE: usize = 64 * 1024;
/// Classes 2^3 (8 bytes, room for the free-list link) to 2^31 bytes.
const CLASSES: usize = 32;
const SMALLEST_CLASS: usize = 3;
/// Memory grows by at least this many pages at a time, so that a burst of small blocks does
/// not ask the engine for memory page by page.
const MIN_GROWTH_PAGES: usize = 4;

pub struct SizeClasses(UnsafeCell<State>);

struct State {
    /// The first free block of each class; a free block's first word points to the next.
    free: [*mut u8; CLASSES],
    /// Memory not yet carved into blocks: `next..end`.
    next: usize,
    end: usize,
}

// SAFETY: this module is built for wasm32 without threads (lib.rs refuses the `atomics`
// feature), so there is only ever one caller.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new() -> SizeClasses {
        SizeClasses(UnsafeCell::new(State { free: [null_mut(); CLASSES], next: 0, end: 0 }))
    }
}

/// The class of blocks that fits `layout`: blocks of `2^class` bytes are aligned to their size
/// (up to a page), so they satisfy any alignment not larger than that.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << SMALLEST_CLASS);
    let class = (usize::BITS - (size - 1).leading_zeros()) as usize;
    (class < CLASSES && layout.align() <= PAGE).then_some(class)
}

impl State {
    /// A new block of `2^class` bytes from the end of memory, growing it when needed.
    unsafe fn carve(&mut self, class: usize) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(PAGE);
        let mut start = (self.next + align - 1) & !(align - 1);
        if !start.checked_add(size).is_some_and(|block_end| block_end <= self.end) {
            let pages = (size + align).div_ceil(PAGE).max(MIN_GROWTH_PAGES);
            let old_pages = memory_grow(0, pages);
            // Refused, or ending at 4 GiB, which a 32-bit address cannot name.
            let (Some(old_end), Some(new_end)) = (old_pages.checked_mul(PAGE), (old_pages + pages).checked_mul(PAGE)) else {
                return null_mut();
            };
            // Only this allocator grows memory, so new pages follow the old ones; the check is for
            // the first growth, when there is no region yet.
            if old_end != self.end {
                self.next = old_end;
            }
            self.end = new_end;
            start = (self.next + align - 1) & !(align - 1);
        }
        self.next = start + size;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = &mut *self.0.get();
        let Some(class) = class_of(layout) else { return null_mut() };
        let head = state.free[class];
        if head.is_null() {
            return state.carve(class);
        }
        state.free[class] = *head.cast::<*mut u8>();
        head
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = &mut *self.0.get();
        if let Some(class) = class_of(layout) {
            *ptr.cast::<*mut u8>() = state.free[class];
            state.free[class] = ptr;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
