import Foundation

/// Finds a business row by id: an open-addressing hash table of row numbers whose keys are the id
/// bytes already in the text buffer, so a million ids cost 4 bytes each instead of a `String`
/// dictionary entry. Built in one pass that also finds the first repeated id.
final class BusinessIDIndex: @unchecked Sendable {
    private let slots: ColumnBuffer<Int32>
    private let mask: Int
    private let text: ColumnBuffer<UInt8>
    private let spans: ColumnBuffer<UInt32>
    /// The first row (in file order) whose id an earlier row already has.
    let firstDuplicateRow: Int?

    init(text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>, count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        slots = ColumnBuffer(repeating: -1, count: capacity)
        mask = capacity - 1
        self.text = text
        self.spans = spans
        var duplicate: Int?
        for row in 0..<count {
            let key = Self.key(row, text: text, spans: spans)
            var slot = Int(truncatingIfNeeded: ByteValueCache<Int>.hash(key.baseAddress ?? UnsafePointer(text.base), key.count)) & mask
            while true {
                let existing = Int(slots[slot])
                if existing < 0 {
                    slots[slot] = Int32(row)
                    break
                }
                if Self.equal(Self.key(existing, text: text, spans: spans), key) {
                    if duplicate == nil { duplicate = row }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        firstDuplicateRow = duplicate
    }

    /// The row of the business with this id (exact bytes), nil when there is none.
    func row(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { key in
            var slot = Int(truncatingIfNeeded: ByteValueCache<Int>.hash(key.baseAddress ?? UnsafePointer(text.base), key.count)) & mask
            while true {
                let existing = Int(slots[slot])
                if existing < 0 { return nil }
                if Self.equal(Self.key(existing, text: text, spans: spans), key) { return existing }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func key(_ row: Int, text: ColumnBuffer<UInt8>, spans: ColumnBuffer<UInt32>) -> UnsafeBufferPointer<UInt8> {
        let slot = row * BusinessColumns.textFieldCount * 2
        let start = Int(spans[slot]), end = Int(spans[slot + 1])
        return UnsafeBufferPointer(start: text.base + start, count: end - start)
    }

    @inline(__always) private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress, a.count > 0 else { return true }
        return memcmp(x, y, a.count) == 0
    }
}
