import Foundation

/// A fixed-size, manually allocated array of plain values, written while a table is being built
/// (from several threads, each to its own range) and read-only afterwards. Columns of a million
/// rows live here instead of in Swift arrays so parallel parsers can fill them in place without
/// copy-on-write checks or a final concatenation.
public final class ColumnBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    public let base: UnsafeMutablePointer<Element>
    /// Number of elements in use; may be lowered once while building (`shrink`).
    public private(set) var count: Int
    private let capacity: Int
    /// A mapped column cache file the elements live in; nil when the buffer owns its memory.
    private let mapping: AnyObject?

    /// Allocates `count` elements, all set to `value`.
    public convenience init(repeating value: Element, count: Int) {
        self.init(uninitializedCount: count)
        base.initialize(repeating: value, count: capacity)
    }

    /// Allocates `count` elements without setting them; the builder must write every one.
    /// Large buffers ask for transparent huge pages: filling 100 MB of fresh 4 KB pages costs
    /// more in page faults than the parse itself.
    public init(uninitializedCount count: Int) {
        capacity = max(count, 1)
        base = Self.allocate(capacity)
        self.count = count
        mapping = nil
    }

    /// Elements inside a mapped file, kept alive by `mapping`; nothing is copied or freed.
    init(mapped base: UnsafeMutablePointer<Element>, count: Int, mapping: AnyObject) {
        self.base = base
        self.count = count
        capacity = count
        self.mapping = mapping
    }

    /// Hands the pages of a mapped column cache file back (they come again from the page cache
    /// when touched); nothing for a buffer that owns its memory.
    func releaseMappedPages() {
        (mapping as? MappedFile)?.releasePages()
    }

    private static var hugePage: Int { 2 << 20 }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<Element> {
        let bytes = capacity * MemoryLayout<Element>.stride
        #if os(Linux)
        if bytes >= 2 * hugePage {
            var raw: UnsafeMutableRawPointer?
            let rounded = (bytes + hugePage - 1) / hugePage * hugePage
            if posix_memalign(&raw, hugePage, rounded) == 0, let raw {
                _ = madvise(raw, rounded, 14 /* MADV_HUGEPAGE */)
                return raw.bindMemory(to: Element.self, capacity: capacity)
            }
        }
        #endif
        return UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    }

    /// Copies an array.
    public convenience init(_ values: [Element]) {
        self.init(uninitializedCount: values.count)
        values.withUnsafeBufferPointer { source in
            if let from = source.baseAddress { base.update(from: from, count: values.count) }
        }
    }

    deinit {
        if mapping != nil { return }
        #if os(Linux)
        if capacity * MemoryLayout<Element>.stride >= 2 * Self.hugePage {
            free(base)
            return
        }
        #endif
        base.deallocate()
    }

    @inline(__always) public subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    public var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

    /// Uses only the first `newCount` elements (after a parse found fewer rows than it reserved).
    public func shrink(to newCount: Int) {
        count = min(count, max(newCount, 0))
    }

    /// Moves `length` elements from `source` to `destination` (ranges may overlap), used to close
    /// the gaps between chunks that reserved more rows than they found.
    public func move(from source: Int, to destination: Int, length: Int) {
        guard length > 0, source != destination else { return }
        (base + destination).update(from: base + source, count: length)
    }

    public var array: [Element] { Array(buffer) }

    /// Bytes held, for memory accounting in benchmarks and docs.
    public var byteCount: Int { capacity * MemoryLayout<Element>.stride }
}
