import Foundation

/// A first-in, first-out hand-off between threads that holds at most `capacity` elements:
/// `put` waits while the queue is full and `take` waits while it is empty, so a fast producer
/// can run at most `capacity` elements ahead of a slow consumer.
///
/// `close` ends the hand-off: later `put`s are refused, waiting ones are woken and refused,
/// and `take` gives what is still queued (or nothing, when the queue was closed discarding
/// it) and then nil.
///
/// Sendable because every stored `var` is read and written only with `condition` locked, and
/// producers and consumers wait on that same condition.
package final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var elements: [Element] = []
    /// The index in `elements` of the next element to take (the taken ones before it are
    /// dropped in one step once they are half the array).
    private var head = 0
    private var closed = false

    /// An empty queue for at most `capacity` elements (at least one).
    package init(capacity: Int) {
        self.capacity = max(1, capacity)
        elements.reserveCapacity(2 * self.capacity)
    }

    /// Elements waiting to be taken.
    package var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return elements.count - head
    }

    /// Appends `element`, waiting while the queue is full; false, with the element dropped,
    /// when the queue is closed before there is room.
    @discardableResult
    package func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed, elements.count - head >= capacity { condition.wait() }
        guard !closed else { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// The oldest element, waiting while the queue is empty and open; nil once it is closed
    /// and empty.
    package func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while !closed, head == elements.count { condition.wait() }
        guard head < elements.count else { return nil }
        let element = elements[head]
        head += 1
        if head == elements.count {
            elements.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= capacity {
            elements.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// Refuses every later `put` and wakes every waiting thread. With `discardingQueued`, the
    /// elements still queued are dropped, so `take` returns nil at once.
    package func close(discardingQueued: Bool = false) {
        condition.lock()
        closed = true
        if discardingQueued {
            elements.removeAll()
            head = 0
        }
        condition.broadcast()
        condition.unlock()
    }
}
