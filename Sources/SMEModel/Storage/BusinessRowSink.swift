/// Writes scanned `registry/businesses.csv` records into the column store, one chunk's rows at
/// `rowBase...`. Values are parsed by the reference parsers (through per-column caches), so a
/// value this accepts is exactly one the reference reader accepts; anything else stops the chunk
/// and the loader asks the reference reader for the located error.
struct BusinessRowSink: CSVRecordSink {
    /// Where each of `RegistryColumns.businesses` is in the file's header.
    struct Layout {
        var positions: [Int]
        var sectorCodes: [String: Int]
        var regionCodes: [String: Int]
    }

    /// A channel or payment set: its mask, and the list as written when the mask alone would not
    /// give it back.
    struct EnumSet {
        var mask: UInt64
        var asWritten: [Int]?
    }

    let parts: BusinessColumns.Parts
    let layout: Layout
    let rowBase: Int
    let rowCapacity: Int
    private(set) var rows = 0
    /// (row, text field) pairs whose text still holds doubled quotes.
    private(set) var escaped: [(row: Int, field: Int)] = []
    private(set) var wideNumbers: [Int: Int] = [:]
    private(set) var channelLists: [Int32: [Channel]] = [:]
    private(set) var paymentLists: [Int32: [PaymentMethod]] = [:]

    private var sectors = ByteValueCache<Int?>()
    private var regions = ByteValueCache<Int?>()
    private var scales = ByteValueCache<Int?>()
    private var statuses = ByteValueCache<Int?>()
    private var bools = ByteValueCache<Bool?>()
    private var channels = ByteValueCache<EnumSet?>()
    private var payments = ByteValueCache<EnumSet?>()

    private static let textColumns: [(field: BusinessColumns.TextField, column: Int)] = [
        (.id, 0), (.name, 1), (.owner, 2), (.ownerNIK, 3), (.phone, 4), (.nib, 8),
    ]

    init(parts: BusinessColumns.Parts, layout: Layout, rowBase: Int, rowCapacity: Int) {
        self.parts = parts
        self.layout = layout
        self.rowBase = rowBase
        self.rowCapacity = rowCapacity
    }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        guard rows < rowCapacity else { return false }
        let row = rowBase + rows
        let at = layout.positions
        @inline(__always) func field(_ column: Int) -> CSVFieldSpan { fields[at[column]] }
        let width = BusinessColumns.textFieldCount * 2
        for (field, column) in Self.textColumns {
            let span = fields[at[column]]
            parts.spans[row * width + field.rawValue * 2] = UInt32(truncatingIfNeeded: span.start)
            parts.spans[row * width + field.rawValue * 2 + 1] = UInt32(truncatingIfNeeded: span.end)
            if span.escaped { escaped.append((row, field.rawValue)) }
        }
        // Required texts and the NIK's 16 digits (quotes are never digits, so raw bytes decide).
        if field(0).end == field(0).start || field(1).end == field(1).start { return false }
        let nik = field(3)
        if nik.end > nik.start {
            if nik.end - nik.start != 16 { return false }
            for index in nik.start..<nik.end where bytes[index] &- 48 > 9 { return false }
        }
        let layout = layout
        guard let sector = Self.value(field(5), bytes, &sectors, { layout.sectorCodes[$0] }),
              let region = Self.value(field(6), bytes, &regions, { layout.regionCodes[$0] }),
              let scale = Self.value(field(7), bytes, &scales, { Scale(parsing: $0).flatMap(Scale.allCases.firstIndex) }),
              let employees = Self.number(field(9), bytes), employees >= 0,
              let founded = Self.number(field(10), bytes),
              let online = Self.value(field(11), bytes, &bools, CSVRow.bool),
              let channelSet = Self.value(field(13), bytes, &channels, { Self.enumSet($0, Channel.init(parsing:)) }),
              let paymentSet = Self.value(field(14), bytes, &payments, {
                  Self.enumSet($0) { PaymentMethod(rawValue: $0.lowercased()) }
              }),
              let status = Self.value(field(15), bytes, &statuses, {
                  OperatingStatus(rawValue: $0.lowercased()).flatMap(OperatingStatus.allCases.firstIndex)
              })
        else { return false }
        let since = field(12)
        var onlineSince: Int?
        if since.end > since.start {
            guard let year = Self.number(since, bytes) else { return false }
            onlineSince = year
        }
        parts.sectorCodes[row] = UInt16(truncatingIfNeeded: sector)
        parts.regionCodes[row] = UInt16(truncatingIfNeeded: region)
        parts.scales[row] = UInt8(truncatingIfNeeded: scale)
        parts.statuses[row] = UInt8(truncatingIfNeeded: status)
        parts.online[row] = online ? 1 : 0
        parts.channelMasks[row] = UInt16(truncatingIfNeeded: channelSet.mask)
        parts.paymentMasks[row] = UInt8(truncatingIfNeeded: paymentSet.mask)
        if let list = channelSet.asWritten { channelLists[Int32(row)] = list.map { Channel.allCases[$0] } }
        if let list = paymentSet.asWritten { paymentLists[Int32(row)] = list.map { PaymentMethod.allCases[$0] } }
        store(employees, row, .employees, parts.employees)
        store(founded, row, .yearFounded, parts.yearsFounded)
        store(onlineSince, row, .onlineSince, parts.onlineSince)
        rows += 1
        return true
    }

    @inline(__always)
    private mutating func store(_ value: Int?, _ row: Int, _ field: BusinessColumns.NumberField, _ column: ColumnBuffer<Int32>) {
        if let value, let narrow = Int32(exactly: value), narrow != BusinessColumns.absent {
            column[row] = narrow
        } else {
            column[row] = BusinessColumns.absent
            if let value { wideNumbers[row * 3 + field.rawValue] = value }
        }
    }

    /// A cell's value through the column's cache; a cell with doubled quotes is unescaped and
    /// parsed directly.
    @inline(__always)
    private static func value<T>(
        _ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>, _ cache: inout ByteValueCache<T?>, _ parse: (String) -> T?
    ) -> T? {
        if span.escaped { return parse(unescaped(span, bytes)) }
        return cache.value(bytes, span.start, span.end, parse: parse)
    }

    /// `Int(text)`, with a fast path for plain digits.
    @inline(__always) static func number(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> Int? {
        let length = span.end - span.start
        if length > 0 && length <= 18 && !span.escaped {
            var value = 0
            var index = span.start
            while index < span.end {
                let digit = bytes[index] &- 48
                if digit > 9 { break }
                value = value * 10 + Int(digit)
                index += 1
            }
            if index == span.end { return value }
        }
        return Int(unescaped(span, bytes))
    }

    /// The text of a cell, with doubled quotes made single.
    static func unescaped(_ span: CSVFieldSpan, _ bytes: UnsafePointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var index = span.start
        while index < span.end {
            out.append(bytes[index])
            index += span.escaped && bytes[index] == CSVScanner.quote && index + 1 < span.end && bytes[index + 1] == CSVScanner.quote ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func enumSet<T: CaseIterable & Equatable>(_ text: String, _ parse: (String) -> T?) -> EnumSet? {
        guard case .success(let list) = CSVRow.list(text, parse) else { return nil }
        let all = Array(T.allCases)
        let (mask, canonical) = BusinessColumns.mask(list, in: all)
        return EnumSet(mask: mask, asWritten: canonical ? nil : list.map { all.firstIndex(of: $0) ?? 0 })
    }
}
