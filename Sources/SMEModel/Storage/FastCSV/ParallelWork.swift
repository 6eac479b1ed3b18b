import Dispatch
import Foundation

/// Runs independent pieces of work on all cores and collects their results in order.
public enum ParallelWork {
    /// Worker count: the machine's active cores, at least one.
    public static var cores: Int { max(ProcessInfo.processInfo.activeProcessorCount, 1) }

    /// `work(i)` for every `i` in `0..<count`, concurrently, results in index order.
    public static func map<T>(_ count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        return withoutActuallyEscaping(work) { work in
            // Every slot is initialised by exactly one worker, then moved out.
            let slots = UnsafeMutablePointer<T>.allocate(capacity: count)
            defer { slots.deallocate() }
            let box = UncheckedBox((slots, work))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let (slots, work) = box.value
                (slots + index).initialize(to: work(index))
            }
            return (0..<count).map { (slots + $0).move() }
        }
    }

    /// Splits `0..<total` into about `cores × 2` contiguous ranges of at least `minimum` items.
    public static func ranges(_ total: Int, minimum: Int = 50_000) -> [Range<Int>] {
        let pieces = max(1, min(cores * 2, total / max(minimum, 1)))
        return (0..<pieces).map { piece in (total * piece / pieces)..<(total * (piece + 1) / pieces) }
    }
}

/// Carries a non-Sendable value (raw pointers into buffers that each worker writes in disjoint
/// ranges) into concurrent work. The caller is responsible for that disjointness.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
